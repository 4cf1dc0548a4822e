package org.xcbir.retrieval.ranking;

import java.util.Arrays;

/**
 * TEST REFERENCE: a verbatim copy of the bucket-and-binary-search {@code HikDecisionTable} that
 * the optimised cell-index version replaced (only the class name changed). The new table must
 * give bit-identical decision values; see {@code HikDecisionTableEquivalenceTest}.
 *
 * <p>Original documentation follows.
 *
 * <p>Fast exact evaluation of the HIK-SVM decision function (Maji, Berg &amp; Malik, CVPR 2008).
 *
 * <p>f(x) = b + Σ_i g_i(x_i) with g_i(t) = Σ_j c_j·min(t, s_ji) (c_j = α_j·y_j). With the
 * support values of dimension i sorted, s_(1) ≤ … ≤ s_(m), and r = #{k : s_(k) ≤ t}:
 * g_i(t) = Σ_{k≤r} c_(k)·s_(k) + t·Σ_{k>r} c_(k). Both sums are precomputed per dimension
 * (prefix and suffix sums), so a vector costs d searches for r instead of O(d·m) kernel terms.
 *
 * <p>The search for r is a binary search, O(log m), narrowed first by a bucket index: each
 * dimension's range [0, max s_ji] is cut into {@link #BUCKETS} equal buckets and the table
 * remembers where each bucket's support values start. Usually a bucket holds no support
 * value, so r is read off without comparing anything; the result stays exact because the
 * bucket of a value is a monotone function of the value.
 *
 * <p>The whole table (≈ 0.8 MB for d = 1280, m = 20) falls out of the first cache levels
 * when it is walked once per vector, so {@link #decisionValues} walks it once per block of
 * vectors, dimension by dimension. A single vector is a block of one, so single and batch
 * results are bit-identical.
 */
final class ReferenceHikDecisionTable {

    private static final int BUCKETS = 128;
    /** Vectors per block: their current cache lines plus one dimension's table stay in L1/L2. */
    private static final int BLOCK = 32;

    private final int dimension;
    private final int supportCount;
    /** Per dimension, the m support values ascending: dimension i occupies [i·m, (i+1)·m). */
    private final float[] sortedValues;
    /** Per dimension, BUCKETS / max s_ji (0 when every support value is 0). */
    private final double[] bucketScale;
    /** Per dimension, BUCKETS+1 entries: number of support values in lower buckets. */
    private final char[] bucketStart;
    /**
     * Per dimension and r = 0..m, interleaved so one cache line serves both: Σ c·s over the r
     * smallest support values, then Σ c over the others.
     */
    private final double[] pieces;
    private final double bias;

    ReferenceHikDecisionTable(float[][] supportVectors, double[] coefficients, double bias) {
        int m = supportVectors.length;
        if (m >= Character.MAX_VALUE) {
            throw new IllegalArgumentException("too many support vectors for the bucket index: " + m);
        }
        this.dimension = supportVectors[0].length;
        this.supportCount = m;
        this.bias = bias;
        sortedValues = new float[dimension * m];
        bucketScale = new double[dimension];
        bucketStart = new char[dimension * (BUCKETS + 1)];
        pieces = new double[2 * dimension * (m + 1)];

        Integer[] order = new Integer[m];
        for (int i = 0; i < dimension; i++) {
            final int dim = i;
            for (int j = 0; j < m; j++) {
                order[j] = j;
            }
            Arrays.sort(order, (p, q) -> Float.compare(supportVectors[p][dim], supportVectors[q][dim]));

            int values = i * m;
            int piece = 2 * i * (m + 1);
            for (int k = 0; k < m; k++) {
                int j = order[k];
                sortedValues[values + k] = supportVectors[j][i];
                pieces[piece + 2 * (k + 1)] = pieces[piece + 2 * k] + coefficients[j] * supportVectors[j][i];
            }
            for (int k = m - 1; k >= 0; k--) {
                pieces[piece + 2 * k + 1] = pieces[piece + 2 * (k + 1) + 1] + coefficients[order[k]];
            }

            float max = sortedValues[values + m - 1];
            bucketScale[i] = max > 0f ? BUCKETS / (double) max : 0.0;
            int starts = i * (BUCKETS + 1);
            int k = 0;
            for (int bucket = 0; bucket <= BUCKETS; bucket++) {
                while (k < m && bucketOf(sortedValues[values + k], bucketScale[i]) < bucket) {
                    k++;
                }
                bucketStart[starts + bucket] = (char) k;
            }
        }
    }

    /** Allocates a one-element block; rank many vectors with {@link #decisionValues}. */
    double decisionValue(float[] x) {
        return decisionValues(new float[][] {x})[0];
    }

    double[] decisionValues(float[][] xs) {
        for (float[] x : xs) {
            requireDimension(x);
        }
        double[] sums = new double[xs.length];
        Arrays.fill(sums, bias);
        for (int from = 0; from < xs.length; from += BLOCK) {
            int to = Math.min(from + BLOCK, xs.length);
            for (int i = 0; i < dimension; i++) {
                addPieces(i, xs, from, to, sums);
            }
        }
        return sums;
    }

    /**
     * Adds g_i(x_i) for dimension i to the sums of a block of vectors. r, the number of support
     * values ≤ t, needs a search only inside t's own bucket: values in lower buckets are all
     * &lt; t and values in higher buckets all &gt; t, because bucketing is monotone.
     */
    private void addPieces(int i, float[][] xs, int from, int to, double[] sums) {
        float[] values = sortedValues;
        char[] starts = bucketStart;
        double[] linear = pieces;
        double scale = bucketScale[i];
        int valueBase = i * supportCount;
        int startBase = i * (BUCKETS + 1);
        int pieceBase = 2 * i * (supportCount + 1);
        for (int n = from; n < to; n++) {
            float t = HistogramIntersection.nonNegative(xs[n][i]);
            int bucket = startBase + bucketOf(t, scale);
            int r = starts[bucket];
            int bucketEnd = starts[bucket + 1];
            if (r != bucketEnd) {
                r = countAtMost(values, valueBase, r, bucketEnd, t);
            }
            int piece = pieceBase + 2 * r;
            sums[n] += linear[piece] + t * linear[piece + 1];
        }
    }

    /**
     * Binary search for the first value &gt; t in [low, high) of the sorted values. Kept out of
     * the loop above because most buckets are empty; the hot loop then stays branch-light.
     */
    private static int countAtMost(float[] values, int base, int low, int high, float t) {
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (values[base + mid] <= t) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Monotone in t: the floor of a correctly rounded product never decreases as t grows. */
    private static int bucketOf(float t, double scale) {
        return Math.min((int) (t * scale), BUCKETS - 1);
    }

    private void requireDimension(float[] x) {
        if (x.length != dimension) {
            throw new IllegalArgumentException("dimension mismatch: " + x.length + " vs " + dimension);
        }
    }
}
