package org.xcbir.retrieval.ranking;

/**
 * The histogram-intersection kernel K(x, y) = Σ min(x_i, y_i).
 *
 * <p>HIK is a valid (positive semi-definite) kernel only for non-negative vectors. Our
 * descriptors are ReLU6 outputs, pooled and L2-normalised, so they are non-negative; a
 * negative component can only come from a different embedder or numeric noise. Such
 * components are clamped to 0 — the value ReLU would have produced — both when training and
 * when scoring, so the kernel stays valid and training and scoring agree.
 */
final class HistogramIntersection {

    private HistogramIntersection() {
    }

    /** The kernel of two vectors already clamped with {@link #nonNegative(float[])}. */
    static double kernelOfNonNegative(float[] x, float[] y) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += Math.min(x[i], y[i]);
        }
        return sum;
    }

    /** Also maps −0 and NaN to +0: a NaN component then contributes nothing. */
    static float nonNegative(float value) {
        return value > 0f ? value : 0f;
    }

    /** A clamped copy, so stored support vectors need no clamping at scoring time. */
    static float[] nonNegative(float[] vector) {
        float[] clamped = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            clamped[i] = nonNegative(vector[i]);
        }
        return clamped;
    }
}
