package org.xcbir.retrieval.workingset;

/** The distance between descriptors the retrieval uses (L2, the product default). */
public final class Distances {

    private Distances() {
    }

    public static double squaredL2(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("dimension mismatch: " + a.length + " vs " + b.length);
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double diff = a[i] - b[i];
            sum += diff * diff;
        }
        return sum;
    }
}
