package org.xcbir.study;

import java.util.Objects;

/**
 * A statement rated on the 6-point scale.
 *
 * @param id        stable key under which answers are stored and analysed
 * @param text      shown to the participant
 * @param placement which questionnaire asks it
 */
public record LikertStatement(String id, String text, QuestionnairePlacement placement) {

    public LikertStatement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(placement, "placement");
        if (id.isBlank() || text.isBlank()) {
            throw new IllegalArgumentException("A Likert statement needs a non-blank id and text");
        }
    }
}
