package org.xcbir.study;

import java.util.Objects;

/**
 * One HIT's content: the query searched without saliency maps and the query searched with them.
 * The two classes always differ, so no participant meets the same class in both conditions
 * (paper §4: avoids bias from pre-exposure to the class).
 */
public record TaskPair(int id, QueryImage noXaiQuery, QueryImage withXaiQuery) {

    public TaskPair {
        Objects.requireNonNull(noXaiQuery, "noXaiQuery");
        Objects.requireNonNull(withXaiQuery, "withXaiQuery");
        if (noXaiQuery.targetClass().equals(withXaiQuery.targetClass())) {
            throw new IllegalArgumentException("Task pair " + id + " has class '" + noXaiQuery.targetClass()
                    + "' in both conditions; a participant must never see one class with and without XAI");
        }
    }

    public QueryImage queryFor(Condition condition) {
        return condition == Condition.WITH_XAI ? withXaiQuery : noXaiQuery;
    }
}
