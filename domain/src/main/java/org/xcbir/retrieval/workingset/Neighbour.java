package org.xcbir.retrieval.workingset;

import java.util.Objects;

/**
 * One hit of a nearest-neighbour lookup.
 *
 * @param vector the hit's descriptor; not copied, treated as read-only everywhere
 */
public record Neighbour(long imageId, float[] vector) {

    public Neighbour {
        Objects.requireNonNull(vector, "vector");
    }
}
