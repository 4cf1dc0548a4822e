package org.xcbir.study;

import java.util.Objects;
import java.util.Set;

/**
 * What the archive's ground truth says about one class, as used to propose a query pool.
 *
 * @param imageIds archive images containing the class
 * @param confuser average number of distinct classes in those images (paper Fig. 4, y-axis: clutter)
 * @param area     average size of the class's instances in those images (paper Fig. 4, bubble size)
 */
public record ClassGroundTruth(String className, Set<String> imageIds, double confuser, double area) {

    public ClassGroundTruth {
        Objects.requireNonNull(className, "className");
        imageIds = Set.copyOf(imageIds);
        if (Double.isNaN(confuser) || Double.isNaN(area)) {
            throw new IllegalArgumentException("Class " + className + " needs numeric Confuser and Area values");
        }
    }
}
