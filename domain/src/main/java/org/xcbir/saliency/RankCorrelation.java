package org.xcbir.saliency;

import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/** Spearman rank correlation of two saliency maps over all pixels: do they order the pixels alike? */
public final class RankCorrelation {

    private RankCorrelation() {}

    /** In [−1, 1]; NaN when either map is constant (no order to compare). */
    public static double spearman(SaliencyMap a, SaliencyMap b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("maps of sizes " + a.size() + " and " + b.size());
        }
        return new SpearmansCorrelation().correlation(toDoubles(a.values()), toDoubles(b.values()));
    }

    private static double[] toDoubles(float[] values) {
        double[] doubles = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            doubles[i] = values[i];
        }
        return doubles;
    }
}
