package org.xcbir.retrieval.ranking;

import java.util.Arrays;
import org.xcbir.retrieval.workingset.QuantisedVectors;

/**
 * Fast exact evaluation of the HIK-SVM decision function (Maji, Berg &amp; Malik, CVPR 2008).
 *
 * <p>f(x) = b + Σ_i g_i(x_i) with g_i(t) = Σ_j c_j·min(t, s_ji) (c_j = α_j·y_j). With the
 * support values of dimension i sorted, s_(1) ≤ … ≤ s_(m), and r = #{k : s_(k) ≤ t}:
 * g_i(t) = Σ_{k≤r} c_(k)·s_(k) + t·Σ_{k>r} c_(k). Both sums are precomputed per dimension
 * (prefix and suffix sums), so a vector costs d look-ups of r instead of O(d·m) kernel terms.
 *
 * <p>r is read off a cell index: each dimension's range [0, max s_ji] is cut into {@link #CELLS}
 * equal cells, and each cell stores, packed in one {@code long}, the number of support values
 * in lower cells and, when all support values inside the cell are equal (or there are none),
 * that value and how many there are. Then r = below + (t ≥ value ? count : 0), computed
 * without a branch. Only cells holding two or more distinct support values (about 1 % of
 * look-ups with 20 support vectors) fall back to a binary search inside the cell. The result
 * is exact because the cell of a value is a monotone function of the value, so support values
 * in lower cells are all &lt; t and those in higher cells all &gt; t.
 *
 * <p>Memory order matters more than arithmetic here (profiled on the 10,000 × 1280
 * benchmark): the working set's vectors are scattered over the heap and together exceed the
 * last-level cache, so each vector must be read front to back, where the hardware
 * prefetcher streams it; walking them dimension by dimension costs more than all the
 * look-ups. The whole table (≈ 1.7 MB for d = 1280, m = 20) does not fit in L2 either, so
 * {@link #decisionValues} takes {@link #BLOCK} vectors at a time (they stay in L2) and walks
 * them against one {@link #CHUNK}-dimension slice of the table after another.
 *
 * <p>Every vector's sum is accumulated as b + g_1 + g_2 + … in dimension order, whatever the
 * blocking, so single and batch results are bit-identical, and identical to the earlier
 * bucket-and-binary-search implementation (same r, same precomputed pieces, same order).
 */
final class HikDecisionTable {

    private static final int CELLS = 128;
    /** Vectors per block: 64 × 5 KB stay in L2 while the table slices go by. */
    private static final int BLOCK = 64;
    /** Dimensions per table slice: 128 × ≈ 1.4 KB of cells and pieces, also L2-resident. */
    private static final int CHUNK = 128;
    /** Marks a cell with several distinct support values (no valid non-negative float has it). */
    private static final int MIXED = -1;

    private final int dimension;
    private final int supportCount;
    /** Per dimension, the m support values ascending: dimension i occupies [i·m, (i+1)·m). */
    private final float[] sortedValues;
    /** Per dimension, CELLS / max s_ji as a float (0 when no support value is &gt; 0). */
    private final float[] cellScale;
    /**
     * Per dimension, CELLS+1 cells (the last a sentinel holding m below): bits 63..32 the raw
     * float bits of the cell's single support value (+∞ for an empty cell, {@link #MIXED} for
     * several distinct values), bits 31..16 how many support values equal it, bits 15..0 how
     * many support values lie in lower cells.
     */
    private final long[] cells;
    /**
     * Per dimension and r = 0..m, interleaved so one cache line serves both: Σ c·s over the r
     * smallest support values, then Σ c over the others.
     */
    private final double[] pieces;
    private final double bias;

    HikDecisionTable(float[][] supportVectors, double[] coefficients, double bias) {
        int m = supportVectors.length;
        if (m >= Character.MAX_VALUE) {
            throw new IllegalArgumentException("too many support vectors for the cell index: " + m);
        }
        this.dimension = supportVectors[0].length;
        this.supportCount = m;
        this.bias = bias;
        sortedValues = new float[dimension * m];
        cellScale = new float[dimension];
        cells = new long[dimension * (CELLS + 1)];
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
            // Capped so that 0 · scale stays 0 (an infinite scale would make it NaN).
            float scale = max > 0f ? (float) Math.min(CELLS / (double) max, Float.MAX_VALUE) : 0f;
            cellScale[i] = scale;
            int cellBase = i * (CELLS + 1);
            int k = 0;
            for (int cell = 0; cell < CELLS; cell++) {
                int below = k;
                // "<=": negative support values (only possible in hand-made models) map below cell 0.
                while (k < m && cellOf(sortedValues[values + k], scale) <= cell) {
                    k++;
                }
                int value;
                int count = k - below;
                if (count == 0) {
                    value = Float.floatToRawIntBits(Float.POSITIVE_INFINITY);
                } else if (sortedValues[values + below] == sortedValues[values + k - 1]
                        && Float.floatToRawIntBits(sortedValues[values + below]) >= 0) {
                    // One distinct value, and not −0 or negative: raw bits then order like the floats.
                    value = Float.floatToRawIntBits(sortedValues[values + below]);
                } else {
                    value = MIXED;
                    count = 0;
                }
                cells[cellBase + cell] = pack(value, count, below);
            }
            cells[cellBase + CELLS] = pack(MIXED, 0, m);
        }
    }

    private static long pack(int value, int count, int below) {
        return ((long) value << 32) | ((long) count << 16) | below;
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
            for (int low = 0; low < dimension; low += CHUNK) {
                int high = Math.min(low + CHUNK, dimension);
                for (int n = from; n < to; n++) {
                    sums[n] = addPieces(xs[n], low, high, sums[n]);
                }
            }
        }
        return sums;
    }

    /**
     * Decision values of the vectors [from, to) of {@code vectors} as they are quantised there:
     * each g_i is tabulated at the 256 levels of dimension i (exactly, from the same pieces), so
     * a vector costs one table read per dimension. Equal to {@link #decisionValues} of the
     * decoded vectors up to float rounding of the table; the quantisation itself moves each value
     * by at most half a level.
     */
    double[] decisionValues(QuantisedVectors vectors, int from, int to) {
        if (vectors.count() > 0 && vectors.dimension() != dimension) {
            throw new IllegalArgumentException("dimension mismatch: " + vectors.dimension() + " vs " + dimension);
        }
        if (from < 0 || to > vectors.count() || from > to) {
            throw new IndexOutOfBoundsException("vectors [" + from + ", " + to + ") of " + vectors.count());
        }
        if (from == to) {
            return new double[0];
        }
        float[] table = levelTable(vectors);
        byte[] codes = vectors.rawCodes();
        double[] sums = new double[to - from];
        Arrays.fill(sums, bias);
        for (int blockStart = from; blockStart < to; blockStart += BLOCK) {
            int blockEnd = Math.min(blockStart + BLOCK, to);
            for (int low = 0; low < dimension; low += CHUNK) {
                int high = Math.min(low + CHUNK, dimension);
                for (int n = blockStart; n < blockEnd; n++) {
                    int row = n * dimension;
                    // two accumulators: independent additions overlap in the pipeline
                    float even = 0f;
                    float odd = 0f;
                    int i = low;
                    for (; i + 1 < high; i += 2) {
                        even += table[(i << 8) | (codes[row + i] & 0xFF)];
                        odd += table[((i + 1) << 8) | (codes[row + i + 1] & 0xFF)];
                    }
                    if (i < high) {
                        even += table[(i << 8) | (codes[row + i] & 0xFF)];
                    }
                    sums[n - from] += (double) even + odd;
                }
            }
        }
        return sums;
    }

    /**
     * g_i at every level of dimension i, row i at [256·i, 256·(i+1)): the levels ascend, so one
     * pass per dimension walks them and the sorted support values together.
     */
    private float[] levelTable(QuantisedVectors vectors) {
        float[] table = new float[dimension * QuantisedVectors.LEVELS];
        int piecesPerDimension = 2 * (supportCount + 1);
        for (int i = 0; i < dimension; i++) {
            int base = i * supportCount;
            int r = 0;
            for (int code = 0; code < QuantisedVectors.LEVELS; code++) {
                float t = vectors.level(i, code);
                while (r < supportCount && sortedValues[base + r] <= t) {
                    r++;
                }
                int piece = i * piecesPerDimension + 2 * r;
                table[i * QuantisedVectors.LEVELS + code] = (float) (pieces[piece] + t * pieces[piece + 1]);
            }
        }
        return table;
    }

    /** sum + g_low(x_low) + … + g_high−1(x_high−1), added in this order. */
    private double addPieces(float[] x, int low, int high, double sum) {
        long[] cellTable = cells;
        float[] scales = cellScale;
        double[] linear = pieces;
        int piecesPerDimension = 2 * (supportCount + 1);
        for (int i = low; i < high; i++) {
            float t = HistogramIntersection.nonNegative(x[i]);
            int cellIndex = i * (CELLS + 1) + cellOf(t, scales[i]);
            long cell = cellTable[cellIndex];
            int value = (int) (cell >> 32);
            int r;
            if (value != MIXED) {
                // t and value are non-negative floats (or +∞), whose raw bits compare like the
                // floats: the mask is all ones iff value ≤ t.
                int atMost = (value - Float.floatToRawIntBits(t) - 1) >> 31;
                r = ((int) cell & 0xFFFF) + (((int) cell >>> 16) & atMost);
            } else {
                r = countAtMost(i, (int) cell & 0xFFFF, (int) cellTable[cellIndex + 1] & 0xFFFF, t);
            }
            int piece = i * piecesPerDimension + 2 * r;
            sum += linear[piece] + t * linear[piece + 1];
        }
        return sum;
    }

    /** Binary search for the first value &gt; t among dimension i's sorted values [low, high). */
    private int countAtMost(int i, int low, int high, float t) {
        int base = i * supportCount;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sortedValues[base + mid] <= t) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Monotone in t: the floor of a correctly rounded product never decreases as t grows. */
    private static int cellOf(float t, float scale) {
        return Math.min((int) (t * scale), CELLS - 1);
    }

    private void requireDimension(float[] x) {
        if (x.length != dimension) {
            throw new IllegalArgumentException("dimension mismatch: " + x.length + " vs " + dimension);
        }
    }
}
