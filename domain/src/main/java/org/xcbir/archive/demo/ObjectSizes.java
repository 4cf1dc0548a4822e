package org.xcbir.archive.demo;

/**
 * How large objects are drawn. An instance's longer side is its class's typical size times the
 * image's shorter side, times {@code scale}, times a log-normal factor of spread {@code spread}
 * (so instances of one class vary); busy scenes shrink their objects a little so they fit.
 *
 * @param scale              global size factor (1 = the classes' typical sizes)
 * @param spread             standard deviation of the log of the per-instance size factor
 * @param maxRotationDegrees objects are turned by up to this angle either way
 */
public record ObjectSizes(double scale, double spread, double maxRotationDegrees) {

    public ObjectSizes {
        if (!(scale > 0 && scale <= 10) || !(spread >= 0 && spread <= 5)
                || !(maxRotationDegrees >= 0 && maxRotationDegrees <= 90)) {
            throw new IllegalArgumentException("object sizes: need 0 < scale <= 10, 0 <= spread <= 5, rotation in [0, 90]");
        }
    }
}
