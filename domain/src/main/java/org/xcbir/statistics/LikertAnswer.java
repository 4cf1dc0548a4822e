package org.xcbir.statistics;

import java.util.Objects;

/**
 * One answer on the paper's 6-point Likert scale (1 strongly disagree ... 6 strongly agree).
 *
 * @param participantId who answered
 * @param context       sub-task questionnaire of a condition, or the final questionnaire
 * @param statementId   stable id of the statement (the text lives with the questionnaire)
 * @param level         1..6
 */
public record LikertAnswer(String participantId, QuestionnaireContext context, String statementId, int level) {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 6;

    public LikertAnswer {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(statementId, "statementId");
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new IllegalArgumentException("Likert level must be 1..6, was " + level);
        }
    }
}
