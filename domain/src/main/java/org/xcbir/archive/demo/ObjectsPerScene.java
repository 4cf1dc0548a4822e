package org.xcbir.archive.demo;

import java.util.SplittableRandom;

/**
 * How many objects a scene gets: 1 + a geometric number, so that single-object scenes are the
 * most common and busy ones become rarer the busier they are (as in MS-COCO), truncated at
 * {@code max} (redrawn rather than clamped, so no pile-up of scenes at the maximum).
 *
 * @param mean mean number of objects per scene before truncation (at least 1)
 * @param max  most objects in one scene
 */
public record ObjectsPerScene(double mean, int max) {

    public ObjectsPerScene {
        // a mean far above max would make sample() redraw (almost) forever
        if (!(mean >= 1 && mean <= 99) || max < 1 || max > 99) {
            throw new IllegalArgumentException("objects per scene: need 1 <= mean <= 99 and 1 <= max <= 99");
        }
    }

    int sample(SplittableRandom random) {
        double stop = 1 / mean;
        while (true) {
            int count = 1;
            while (count <= max && random.nextDouble() >= stop) {
                count++;
            }
            if (count <= max) {
                return count;
            }
        }
    }

    /** 0 for a single-object scene, 1 for a scene with the most objects. */
    double busyness(int objectCount) {
        return max == 1 ? 0 : (objectCount - 1) / (double) (max - 1);
    }
}
