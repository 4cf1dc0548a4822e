package org.xcbir.study;

import java.util.Objects;

/** The crowd worker's stable id (e.g. the AMT worker id); one HIT per id (paper §4). */
public record ParticipantId(String value) {

    public ParticipantId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A participant id must not be blank");
        }
    }
}
