package org.xcbir.saliency;

/** The distance d between two descriptors that the saliency map explains. */
public enum DescriptorDistance {
    /** Euclidean: what the archive's nearest-neighbour search ranks by. */
    L2 {
        @Override
        public double between(float[] a, float[] b) {
            checkLengths(a, b);
            double sum = 0;
            for (int i = 0; i < a.length; i++) {
                double d = a[i] - b[i];
                sum += d * d;
            }
            return Math.sqrt(sum);
        }
    },
    /** 1 − cosine similarity; 1 when either vector is zero. */
    COSINE {
        @Override
        public double between(float[] a, float[] b) {
            checkLengths(a, b);
            double dot = 0;
            double normA = 0;
            double normB = 0;
            for (int i = 0; i < a.length; i++) {
                dot += (double) a[i] * b[i];
                normA += (double) a[i] * a[i];
                normB += (double) b[i] * b[i];
            }
            return normA == 0 || normB == 0 ? 1 : 1 - dot / Math.sqrt(normA * normB);
        }
    };

    public abstract double between(float[] a, float[] b);

    private static void checkLengths(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("descriptors of different lengths: " + a.length + " and " + b.length);
        }
    }
}
