package org.xcbir.study;

import java.util.SplittableRandom;

/**
 * Reproducible random choices keyed by (seed, draw number) instead of a stateful generator,
 * so a decision can be replayed from persisted state (seed + draw counter) alone.
 */
final class SeededDraw {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private SeededDraw() {
    }

    /** A generator for one draw; SplittableRandom mixes the seed, so neighbouring draws are uncorrelated. */
    static SplittableRandom generator(long seed, long draw) {
        return new SplittableRandom(seed + draw * GOLDEN_GAMMA);
    }
}
