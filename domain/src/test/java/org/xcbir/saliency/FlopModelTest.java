package org.xcbir.saliency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FlopModelTest {

    @Test
    void fullForwardOfMobileNetV2At300IsAboutOneGigaflop() {
        // ~300 M multiply-adds at 224 px (the paper's figure, without the classifier), ×(300/224)² ≈ 1.8
        FlopModel model = FlopModel.mobileNetV2(SaliencySettings.defaults().grid(300));
        assertEquals(1.1e9, model.fullForwardFlops(), 0.1e9);
    }

    @Test
    void smallOccludersRecomputeLessThanAFullPassPerMask() {
        FlopModel model = FlopModel.mobileNetV2(SaliencySettings.defaults().grid(300));
        assertEquals(121, model.masks());
        assertTrue(model.incrementalFlopsPerMask() < model.fullForwardFlops());
        assertEquals(122 * model.fullForwardFlops(), model.referenceFlops(), 1);
        assertTrue(model.speedUpLimit() > 1);
    }

    @Test
    void anOccluderAsLargeAsTheInputSavesNothing() {
        FlopModel model = FlopModel.mobileNetV2(new MaskGrid(300, 300, 1));
        assertEquals(model.fullForwardFlops(), model.incrementalFlopsPerMask(), 1);
        assertEquals(1, model.speedUpLimit(), 1e-12);
    }
}
