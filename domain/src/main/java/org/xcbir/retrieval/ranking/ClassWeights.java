package org.xcbir.retrieval.ranking;

/** Class weighting of the paper's ranker. */
public final class ClassWeights {

    private ClassWeights() {
    }

    /**
     * max(1, #negatives / #positives): users typically mark few positives and many negatives,
     * so the positives are up-weighted to keep the classifier from ignoring them; the weight
     * never goes below 1, so plentiful positives are not down-weighted.
     */
    public static double positiveWeight(int positives, int negatives) {
        if (positives < 1 || negatives < 0) {
            throw new IllegalArgumentException("positives must be >= 1 and negatives >= 0, got "
                    + positives + " and " + negatives);
        }
        return Math.max(1.0, (double) negatives / positives);
    }
}
