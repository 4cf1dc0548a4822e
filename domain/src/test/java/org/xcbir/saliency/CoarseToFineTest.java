package org.xcbir.saliency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Coarse-to-fine on the region-mean descriptor of {@link SaliencyMapTest}: only windows touching R matter. */
class CoarseToFineTest {

    private static final float[] WHITE = {1, 1, 1};

    private final SaliencyExplainer explainer = new SaliencyExplainer(
            new EmbedderOcclusionEngine(new RegionMeanEmbedder(new Window(100, 100, 50)), 300),
            new SaliencySettings(50, 25, OcclusionFill.BLACK, DescriptorDistance.L2, 16));

    @Test
    void refinesOnlyWhereTheCoarseMapIsHighAndStillFindsTheExactMapHere() {
        SaliencyExplainer.Approximation approximation = explainer.explainCoarseToFine(WHITE, SaliencyMapTest.white(300), 0.5);
        // 36 coarse windows; R = the coarse window at (100, 100), so the fine windows overlapping it start at
        // 75, 100 or 125 on each axis: 9, one of them the coarse window itself
        assertEquals(36 + 8, approximation.evaluatedWindows());
        SaliencyMap exact = explainer.explain(WHITE, SaliencyMapTest.white(300));
        assertArrayEquals(exact.values(), approximation.map().values(), 1e-7f);
    }

    @Test
    void progressCountsEveryEvaluatedWindowInBatches() {
        java.util.List<int[]> reports = new java.util.ArrayList<>();
        SaliencyExplainer.Approximation approximation = explainer.explainCoarseToFine(
                WHITE, SaliencyMapTest.white(300), 0.5, (done, total) -> reports.add(new int[] {done, total}));
        int[] last = reports.get(reports.size() - 1);
        assertEquals(approximation.evaluatedWindows(), last[0]);
        assertEquals(last[0], last[1]);
        for (int i = 1; i < reports.size(); i++) {
            org.junit.jupiter.api.Assertions.assertTrue(reports.get(i)[0] > reports.get(i - 1)[0], "progress moves on");
            org.junit.jupiter.api.Assertions.assertTrue(reports.get(i)[0] - reports.get(i - 1)[0] <= 16, "one batch at a time");
        }
        java.util.List<int[]> exactReports = new java.util.ArrayList<>();
        explainer.explain(WHITE, SaliencyMapTest.white(300), (done, total) -> exactReports.add(new int[] {done, total}));
        assertEquals(8, exactReports.size(), "121 windows in batches of 16");
        assertArrayEquals(new int[] {121, 121}, exactReports.get(7));
    }

    @Test
    void thresholdZeroEvaluatesTheWholeFineGrid() {
        SaliencyExplainer.Approximation approximation = explainer.explainCoarseToFine(WHITE, SaliencyMapTest.white(300), 0);
        assertEquals(36 + 121 - 36, approximation.evaluatedWindows(), "coarse windows are part of the fine grid");
    }

    @Test
    void skippedWindowsInterpolateTheSignedChangesOfTheCoarseWindowsAroundThem() {
        // a 3 × 3 coarse grid at 0, 50, 100; changes D'−D row by row (base 1): a negative neighbour must pull a
        // window between it and a positive one below zero, which the caller then clamps to saliency 0
        float[] distances = {0.7f, 1.1f, 1.0f, 1.0f, 1.2f, 1.0f, 1.0f, 1.0f, 1.0f};
        SaliencyExplainer.CoarseChanges changes = new SaliencyExplainer.CoarseChanges(new int[] {0, 50, 100}, distances, 1.0);
        assertEquals(-0.3, changes.at(new Window(0, 0, 50)), 1e-6, "on a coarse window: its own change");
        assertEquals((-0.3 + 0.1) / 2, changes.at(new Window(0, 25, 50)), 1e-6, "half-way along a row");
        assertEquals((-0.3 + 0.1 + 0.0 + 0.2) / 4, changes.at(new Window(25, 25, 50)), 1e-6, "between four");
        assertEquals(0.2 * 0.4 * 0.4, changes.at(new Window(80, 80, 50)), 1e-6, "bilinear weights");
        assertEquals(0.0, changes.at(new Window(100, 100, 50)), 1e-6, "the far corner");
    }
}
