package org.xcbir.study;

import java.util.Objects;

/**
 * A query image of the study pool and the class the participant must find.
 * The class is known to the study only; the retrieval system never sees it (paper §4).
 */
public record QueryImage(String imageId, String targetClass) {

    public QueryImage {
        Objects.requireNonNull(imageId, "imageId");
        Objects.requireNonNull(targetClass, "targetClass");
        if (imageId.isBlank() || targetClass.isBlank()) {
            throw new IllegalArgumentException("A query image needs a non-blank image id and target class");
        }
    }
}
