package org.xcbir.archive.demo;

import java.util.SplittableRandom;

/**
 * The random source of one scene, derived from (archive seed, image index) alone so that an
 * image is the same whether it is generated in one run or after a restart in the middle.
 */
final class SceneRandom {

    private SceneRandom() {
    }

    static SplittableRandom forImage(long seed, long index) {
        return new SplittableRandom(mix(seed ^ mix(index + 0x9E3779B97F4A7C15L)));
    }

    /** SplitMix64's finaliser: neighbouring inputs give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
