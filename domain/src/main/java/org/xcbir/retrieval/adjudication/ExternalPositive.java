package org.xcbir.retrieval.adjudication;

import java.util.Objects;

/**
 * A positive example that is not an archive image, typically the uploaded query: it has no
 * image id, only its descriptor.
 *
 * @param key    names the example within its session (e.g. "query"), so the working set can
 *               tell which external positives it has already grown from
 * @param vector the descriptor; not copied, callers must not mutate it afterwards
 */
public record ExternalPositive(String key, float[] vector) {

    public ExternalPositive {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(vector, "vector");
    }
}
