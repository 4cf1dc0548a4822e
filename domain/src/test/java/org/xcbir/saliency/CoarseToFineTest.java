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
    void thresholdZeroEvaluatesTheWholeFineGrid() {
        SaliencyExplainer.Approximation approximation = explainer.explainCoarseToFine(WHITE, SaliencyMapTest.white(300), 0);
        assertEquals(36 + 121 - 36, approximation.evaluatedWindows(), "coarse windows are part of the fine grid");
    }
}
