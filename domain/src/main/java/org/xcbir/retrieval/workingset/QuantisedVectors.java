package org.xcbir.retrieval.workingset;

import java.util.stream.IntStream;

/**
 * Descriptors at 8 bits per value, for scorers that tabulate a per-dimension function once per
 * model and then read one table cell per value instead of evaluating the function (the HIK SVM,
 * whose decision function is a sum of per-dimension piecewise-linear functions).
 *
 * <p>Per dimension, codes 0..255 stand for the levels 0, step, 2·step, …, max, where max is the
 * dimension's largest value among the vectors (negative values count as 0, as for the
 * histogram-intersection kernel); every value is rounded to the nearest level, so it moves by at
 * most step/2. A 1280-d descriptor takes 1,280 bytes instead of 5,120, which is what makes the
 * table-based scoring of a 10,000-image working set fast: the floats exceed the last-level cache,
 * the codes nearly fit it. Immutable.
 */
public final class QuantisedVectors {

    public static final int LEVELS = 256;
    private static final int TOP_CODE = LEVELS - 1;

    private final int count;
    private final int dimension;
    /** Per dimension the largest value (the top level); infinities count as Float.MAX_VALUE. */
    private final float[] max;
    private final float[] steps;
    /** Row-major: vector n's code for dimension i at n·dimension + i. */
    private final byte[] codes;

    private QuantisedVectors(int count, int dimension, float[] max, byte[] codes) {
        this.count = count;
        this.dimension = dimension;
        this.max = max;
        this.codes = codes;
        this.steps = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            steps[i] = max[i] / TOP_CODE;
        }
    }

    public static QuantisedVectors of(float[][] vectors) {
        if (vectors.length == 0) {
            return new QuantisedVectors(0, 0, new float[0], new byte[0]);
        }
        int dimension = vectors[0].length;
        float[] max = maxima(new float[dimension], vectors, 0);
        byte[] codes = new byte[vectors.length * dimension];
        encodeRows(vectors, 0, max, codes);
        return new QuantisedVectors(vectors.length, dimension, max, codes);
    }

    /**
     * The same as {@link #of}{@code (vectors)} when {@code basis} holds the first vectors of
     * {@code vectors} in the same order (a working set only appends members), made faster from
     * it: the basis's codes are kept, except in the dimensions whose maximum the new vectors
     * raise, and only the new vectors are encoded. The basis's maxima also spare reading its vectors
     * for them.
     */
    public static QuantisedVectors extended(QuantisedVectors basis, float[][] vectors) {
        if (basis.count == 0 || basis.count > vectors.length) {
            return of(vectors);
        }
        int dimension = basis.dimension;
        float[] max = maxima(basis.max.clone(), vectors, basis.count);
        byte[] codes = new byte[vectors.length * dimension];
        int[] raised = IntStream.range(0, dimension).filter(i -> max[i] != basis.max[i]).toArray();
        if (raised.length * 4 > dimension) {
            // most of every row changes: encoding the rows whole reads them front to back, which is faster
            encodeRows(vectors, 0, max, codes);
            return new QuantisedVectors(vectors.length, dimension, max, codes);
        }
        System.arraycopy(basis.codes, 0, codes, 0, basis.count * dimension);
        float[] inverse = new float[raised.length];
        for (int k = 0; k < raised.length; k++) {
            inverse[k] = inverse(max[raised[k]]);
        }
        // row by row, not column by column: each basis vector is read once, its few raised dimensions together
        for (int n = 0; n < basis.count; n++) {
            float[] vector = vectors[n];
            int row = n * dimension;
            for (int k = 0; k < raised.length; k++) {
                codes[row + raised[k]] = encode(vector[raised[k]], inverse[k]);
            }
        }
        encodeRows(vectors, basis.count, max, codes);
        return new QuantisedVectors(vectors.length, dimension, max, codes);
    }

    /** {@code max} raised to the largest values of vectors[from..]. */
    private static float[] maxima(float[] max, float[][] vectors, int from) {
        int dimension = max.length;
        for (int n = from; n < vectors.length; n++) {
            float[] vector = vectors[n];
            if (vector.length != dimension) {
                throw new IllegalArgumentException("dimension mismatch: " + vector.length + " vs " + dimension);
            }
            for (int i = 0; i < dimension; i++) {
                // a plain comparison, not Math.max: a NaN never becomes the maximum (and it is faster)
                float value = vector[i];
                max[i] = value > max[i] ? value : max[i];
            }
        }
        for (int i = 0; i < dimension; i++) {
            max[i] = Math.min(max[i], Float.MAX_VALUE); // an infinite value takes the top code
        }
        return max;
    }

    private static void encodeRows(float[][] vectors, int from, float[] max, byte[] codes) {
        int dimension = max.length;
        float[] inverse = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            inverse[i] = inverse(max[i]);
        }
        for (int n = from; n < vectors.length; n++) {
            float[] vector = vectors[n];
            int row = n * dimension;
            for (int i = 0; i < dimension; i++) {
                codes[row + i] = encode(vector[i], inverse[i]);
            }
        }
    }

    /** Capped: for a maximum below about 1e-37 the quotient would overflow to infinity. */
    private static float inverse(float max) {
        return max > 0 ? Math.min(TOP_CODE / max, Float.MAX_VALUE) : 0f;
    }

    /**
     * + 0.5 and truncation round a non-negative value to the nearest level; a negative value
     * gives at most 0, NaN gives 0 and +∞ the top code (Math.round is several times slower here).
     */
    private static byte encode(float value, float inverse) {
        int code = (int) (value * inverse + 0.5f);
        return (byte) Math.min(Math.max(code, 0), TOP_CODE);
    }

    public int count() {
        return count;
    }

    public int dimension() {
        return dimension;
    }

    /** The value code {@code code} stands for in dimension {@code dim}. */
    public float level(int dim, int code) {
        return code * steps[dim];
    }

    /** Vector n's code in dimension dim, 0..255. */
    public int code(int n, int dim) {
        return codes[n * dimension + dim] & 0xFF;
    }

    /** The vector n as it is represented here (each value at its level). */
    public float[] decoded(int n) {
        float[] vector = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            vector[i] = level(i, code(n, i));
        }
        return vector;
    }

    /**
     * The codes, row-major (vector n's code for dimension i at n·dimension + i, as a signed byte:
     * mask with 0xFF). The array itself, for scoring loops; callers must not modify it.
     */
    public byte[] rawCodes() {
        return codes;
    }
}
