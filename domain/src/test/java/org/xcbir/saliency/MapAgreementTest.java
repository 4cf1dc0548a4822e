package org.xcbir.saliency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** SSIM and Spearman correlation between maps. */
class MapAgreementTest {

    private static final int SIZE = 40;

    @Test
    void identicalMapsAgreePerfectly() {
        SaliencyMap blob = blob(20, 20);
        assertEquals(1, Ssim.between(blob, blob), 1e-12);
        assertEquals(1, RankCorrelation.spearman(blob, blob), 1e-12);
    }

    @Test
    void ssimComparesNormalisedMaps() {
        SaliencyMap blob = blob(20, 20);
        float[] doubled = blob.values();
        for (int i = 0; i < doubled.length; i++) {
            doubled[i] *= 2;
        }
        assertEquals(1, Ssim.between(blob, new SaliencyMap(SIZE, doubled)), 1e-12, "same map, other scale");
    }

    @Test
    void aMovedBlobScoresLowerThanAnIdenticalOne() {
        SaliencyMap blob = blob(20, 20);
        double near = Ssim.between(blob, blob(21, 20));
        double far = Ssim.between(blob, blob(30, 10));
        assertTrue(near < 1 && far < near, "near " + near + ", far " + far);
        assertTrue(RankCorrelation.spearman(blob, blob(30, 10)) < RankCorrelation.spearman(blob, blob(21, 20)));
    }

    @Test
    void spearmanSeesOnlyTheOrder() {
        SaliencyMap blob = blob(20, 20);
        float[] squared = blob.values();
        float[] reversed = blob.values();
        for (int i = 0; i < squared.length; i++) {
            squared[i] *= squared[i];
            reversed[i] = 1 - reversed[i];
        }
        // float rounding of tiny values can merge a few neighbouring ranks
        assertEquals(1, RankCorrelation.spearman(blob, new SaliencyMap(SIZE, squared)), 1e-6);
        assertEquals(-1, RankCorrelation.spearman(blob, new SaliencyMap(SIZE, reversed)), 1e-6);
    }

    /** A Gaussian bump centred at (cy, cx). */
    private static SaliencyMap blob(int cy, int cx) {
        float[] values = new float[SIZE * SIZE];
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                values[y * SIZE + x] = (float) Math.exp(-((y - cy) * (y - cy) + (x - cx) * (x - cx)) / 50.0);
            }
        }
        return new SaliencyMap(SIZE, values);
    }
}
