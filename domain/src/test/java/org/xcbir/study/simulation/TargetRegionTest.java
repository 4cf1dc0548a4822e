package org.xcbir.study.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xcbir.archive.BoundingBox;
import org.xcbir.saliency.SaliencyMap;

class TargetRegionTest {

    @Test
    void scalesBoxesOfANonSquareImageAxisByAxis() {
        // 200×100 image on a 10×10 grid: a cell is 20 px wide and 10 px high. The box spans x 50–150 and y 25–75,
        // i.e. columns 2.5–7.5 and rows 2.5–7.5.
        TargetRegion region = TargetRegion.of(
                new TargetInstances(200, 100, List.of(new BoundingBox(50, 25, 100, 50))), 10);

        assertEquals(0.25f, region.coverage(2, 2), 1e-6, "corner cell");
        assertEquals(0.5f, region.coverage(2, 5), 1e-6, "top edge");
        assertEquals(0.5f, region.coverage(5, 7), 1e-6, "right edge");
        assertEquals(1f, region.coverage(5, 5), 1e-6, "inside");
        assertEquals(0.25f, region.coverage(7, 7), 1e-6, "opposite corner");
        assertEquals(0f, region.coverage(1, 5), "above");
        assertEquals(0f, region.coverage(5, 8), "right of it");
        assertEquals(25.0, totalCoverage(region), 1e-4, "a quarter of the image is a quarter of the grid");
    }

    @Test
    void coversTheUnionOfOverlappingBoxesOnce() {
        // Two boxes of 6×10 px overlapping by 2 px cover the whole 10×10 image: one cell of a 1×1 grid.
        TargetRegion region = TargetRegion.of(new TargetInstances(10, 10,
                List.of(new BoundingBox(0, 0, 6, 10), new BoundingBox(4, 0, 6, 10))), 1);
        assertEquals(1f, region.coverage(0, 0), 1e-6);
    }

    @Test
    void coversAnLShapedUnionInsideOneCell() {
        // A 10×10 image on a 1×1 grid: a 10×2 bar across the top plus a 2×10 bar down the left overlap in a 2×2
        // square, so together they cover 20 + 20 − 4 = 36 px of 100.
        TargetRegion region = TargetRegion.of(new TargetInstances(10, 10,
                List.of(new BoundingBox(0, 0, 10, 2), new BoundingBox(0, 0, 2, 10))), 1);
        assertEquals(0.36f, region.coverage(0, 0), 1e-6);
    }

    @Test
    void aBoxSmallerThanACellStillCounts() {
        // 300×300 image on a 3×3 grid: a 10×10 px box in the middle cell covers 1/100 of it.
        TargetRegion region = TargetRegion.of(
                new TargetInstances(300, 300, List.of(new BoundingBox(140, 140, 10, 10))), 3);
        assertEquals(0.01f, region.coverage(1, 1), 1e-6);
    }

    @Test
    void clipsBoxesThatReachPastTheImage() {
        TargetRegion region = TargetRegion.of(
                new TargetInstances(100, 100, List.of(new BoundingBox(-50, 90, 500, 500))), 10);
        assertEquals(10.0, totalCoverage(region), 1e-4, "only the bottom row");
        assertEquals(1f, region.coverage(9, 0), 1e-6);
    }

    @Test
    void massShareIsTheCoveredShareOfPositiveMass() {
        TargetRegion topLeft = TargetRegion.of(Fixtures.TOP_LEFT_QUADRANT, 10);
        assertEquals(1.0, topLeft.massShare(Fixtures.quadrantMap(1, 0)).getAsDouble(), 1e-9);
        assertEquals(0.0, topLeft.massShare(Fixtures.quadrantMap(0, 1)).getAsDouble(), 1e-9);
        assertEquals(0.25, topLeft.massShare(Fixtures.quadrantMap(1, 1)).getAsDouble(), 1e-6, "uniform map");
        assertEquals(1.0, topLeft.massShare(Fixtures.quadrantMap(1, -3)).getAsDouble(), 1e-9, "negatives clamped");
        assertTrue(topLeft.massShare(Fixtures.quadrantMap(0, 0)).isEmpty(), "no mass, no share");
        assertTrue(topLeft.massShare(Fixtures.quadrantMap(-1, -1)).isEmpty(), "only negative values");
    }

    @Test
    void weighsAPartlyCoveredCellByItsCoveredShare() {
        // On a 2×2 grid over a 100×100 image, a box over x 0–75 covers the left column and half the right one.
        TargetRegion region = TargetRegion.of(
                new TargetInstances(100, 100, List.of(new BoundingBox(0, 0, 75, 100))), 2);
        SaliencyMap rightColumn = new SaliencyMap(2, new float[] {0, 1, 0, 1});
        assertEquals(0.5, region.massShare(rightColumn).getAsDouble(), 1e-6);
    }

    @Test
    void refusesAMapOfAnotherSize() {
        TargetRegion region = TargetRegion.of(Fixtures.TOP_LEFT_QUADRANT, 10);
        assertThrows(IllegalArgumentException.class, () -> region.massShare(new SaliencyMap(2, new float[4])));
    }

    private static double totalCoverage(TargetRegion region) {
        double total = 0;
        for (int row = 0; row < region.size(); row++) {
            for (int column = 0; column < region.size(); column++) {
                total += region.coverage(row, column);
            }
        }
        return total;
    }
}
