package org.xcbir.statistics;

/**
 * How the permutation test runs.
 *
 * @param permutations number of random re-assignments of the condition labels (paper: 10,000)
 * @param seed         master seed; same seed, permutations and block size give the same p-values bitwise
 * @param blockSize    shuffles per block; each block has its own generator seeded from the master seed,
 *                     so blocks can run in parallel without changing the result
 * @param parallel     run blocks on the common fork-join pool
 * @param alpha        significance level (paper: 0.1)
 */
public record PermutationSettings(int permutations, long seed, int blockSize, boolean parallel, double alpha) {

    public static final int PAPER_PERMUTATIONS = 10_000;
    public static final double PAPER_ALPHA = 0.1;
    public static final int DEFAULT_BLOCK_SIZE = 1_000;

    public PermutationSettings {
        if (permutations < 1 || blockSize < 1) {
            throw new IllegalArgumentException("permutations and blockSize must be positive");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1): " + alpha);
        }
    }
}
