package org.xcbir.statistics;

import java.util.Objects;

/**
 * Archive-derived description of one query class (Figure 4's y axis and bubble size).
 *
 * @param className the object class
 * @param confuser  mean number of distinct classes in the archive images that contain this class
 * @param area      mean area of one instance of this class in the archive (any consistent unit)
 */
public record ClassArchiveStats(String className, double confuser, double area) {

    public ClassArchiveStats {
        Objects.requireNonNull(className, "className");
        if (!Double.isFinite(confuser) || !Double.isFinite(area)) {
            throw new IllegalArgumentException("confuser and area must be finite for " + className);
        }
    }
}
