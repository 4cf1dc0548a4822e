package org.xcbir.statistics;

/**
 * Result of the permutation test for one metric and gain group.
 *
 * @param metric          nP, nA or T
 * @param group           Cluttered or Small
 * @param observedGain    gain on the real labels (fraction)
 * @param atLeastAsLarge  shuffles whose gain was >= the observed gain
 * @param permutations    shuffles drawn
 * @param pValue          (1 + atLeastAsLarge) / (1 + permutations); NaN if the gain is undefined
 * @param alpha           significance level
 */
public record PermutationPValue(Metric metric, GainGroup group, double observedGain, long atLeastAsLarge,
                                int permutations, double pValue, double alpha) {

    /** p <= alpha (NaN is never significant). */
    public boolean significant() {
        return pValue <= alpha;
    }
}
