package org.xcbir.saliency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * SBSM equations against closed forms. The descriptor is the mean colour of the square R = [100, 150)² of a white
 * image, so a black occluder overlapping R by a pixels moves it by (a/2500)·(1, 1, 1): D'_i − D = √3·a_i/2500.
 */
class SaliencyMapTest {

    private static final Window R = new Window(100, 100, 50);
    private static final float[] WHITE = {1, 1, 1};
    private static final double SQRT3 = Math.sqrt(3);

    private final OcclusionEngine engine = new EmbedderOcclusionEngine(new RegionMeanEmbedder(R), 300);
    private final SaliencySettings blackL2 = new SaliencySettings(50, 25, OcclusionFill.BLACK, DescriptorDistance.L2, 7);

    @Test
    void eachPixelGetsTheMeanIncreaseOfTheWindowsHidingIt() {
        SaliencyMap map = new SaliencyExplainer(engine, blackL2).explain(WHITE, white(300));
        // Windows start every 25 px, so a pixel is hidden by the two windows starting at ⌊p/25⌋·25 and 25 px
        // before (one window at the borders); the overlap with R is separable: a = overlapRows · overlapCols.
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 300; x++) {
                double expected = SQRT3 * meanOverlap(y) * meanOverlap(x) / 2500;
                assertEquals(expected, map.at(y, x), 1e-6, "pixel (" + y + ", " + x + ")");
            }
        }
        assertEquals(SQRT3 * 37.5 * 37.5 / 2500, map.max(), 1e-6);
    }

    /** Mean over the windows covering p (along one axis) of their overlap with [100, 150). */
    private static double meanOverlap(int p) {
        if (p >= 100 && p < 150) {
            return (25 + 50) / 2.0; // windows at 75 and 100, or at 100 and 125
        }
        if (p >= 75 && p < 100 || p >= 150 && p < 175) {
            return (0 + 25) / 2.0; // windows at 50 and 75, or at 125 and 150
        }
        return 0;
    }

    @Test
    void occlusionThatBringsTheResultCloserCountsAsZero() {
        // query black: hiding part of R makes the white result more similar, so every K_i is clamped to 0
        SaliencyMap map = new SaliencyExplainer(engine, blackL2).explain(new float[3], white(300));
        assertEquals(0, map.max());
        assertArrayEquals(new float[300 * 300], map.values());
    }

    @Test
    void pixelsThatNoWindowCoversGetZero() {
        // R is the whole image: every window moves the mean by 2500/90000 per channel; stride 100 > block 50
        OcclusionEngine whole = new EmbedderOcclusionEngine(new RegionMeanEmbedder(new Window(0, 0, 300)), 300);
        SaliencyMap map = new SaliencyExplainer(whole, blackL2.withMasks(50, 100)).explain(WHITE, white(300));
        double k = SQRT3 * 2500 / 90000;
        // windows start at 0, 100, 200 and the flush 250
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 300; x++) {
                boolean covered = covered(y) && covered(x);
                assertEquals(covered ? k : 0, map.at(y, x), 1e-6, "pixel (" + y + ", " + x + ")");
            }
        }
    }

    private static boolean covered(int p) {
        return p < 50 || p >= 100 && p < 150 || p >= 200;
    }

    @Test
    void cosineDistanceComparesDirections() {
        // R's top half red, bottom half white: its mean is (1, .5, .5); 25-px windows each hide a quarter of R
        BufferedImage image = white(300);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(100, 100, 50, 25);
        g.dispose();
        float[] query = new RegionMeanEmbedder(R).embed(java.util.List.of(image)).get(0);
        SaliencyMap map = new SaliencyExplainer(engine, blackL2.withDistance(DescriptorDistance.COSINE).withMasks(25, 25))
                .explain(query, image);
        // hiding a red quarter leaves (0.75, 0.5, 0.5)
        double hideRed = 1 - (0.75 + 0.25 + 0.25) / (Math.sqrt(1.5) * Math.sqrt(1.0625));
        // hiding a white quarter leaves (0.75, 0.25, 0.25)
        double hideWhite = 1 - (0.75 + 0.125 + 0.125) / (Math.sqrt(1.5) * Math.sqrt(0.6875));
        assertEquals(hideRed, map.at(110, 110), 1e-6);
        assertEquals(hideWhite, map.at(130, 110), 1e-6);
        assertEquals(0, map.at(10, 10));
    }

    @Test
    void normalisesByTheMaximum() {
        SaliencyMap map = new SaliencyMap(2, new float[] {0, 1, 2, 4});
        assertEquals(4, map.max());
        assertArrayEquals(new float[] {0, 0.25f, 0.5f, 1}, map.normalised());
        assertArrayEquals(new float[4], new SaliencyMap(2, new float[4]).normalised());
    }

    static BufferedImage white(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size, size);
        g.dispose();
        return image;
    }
}
