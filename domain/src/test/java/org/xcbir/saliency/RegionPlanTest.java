package org.xcbir.saliency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.xcbir.descriptor.nn.ConvLayer;
import org.xcbir.descriptor.nn.ConvSpec;
import org.xcbir.descriptor.nn.MobileNetV2Backbone;
import org.xcbir.descriptor.nn.Span;

class RegionPlanTest {

    private static final List<ConvSpec> LAYERS = new MobileNetV2Backbone().layers().stream().map(ConvLayer::spec).toList();

    @Property(tries = 60)
    void everyRegionFitsItsMapAndContainsAllOutputsTheOccluderCanChange(
            @ForAll @IntRange(min = 1, max = 300) int block, @ForAll @IntRange(min = 1, max = 300) int stride) {
        MaskGrid grid = new MaskGrid(300, block, stride);
        int[] starts = grid.starts();
        RegionPlan plan = RegionPlan.of(LAYERS, 300, block, starts);
        for (int p = 0; p < starts.length; p++) {
            // the exact influence of window p, layer by layer, without widening
            Span changed = new Span(starts[p], starts[p] + block);
            int size = 300;
            for (int l = 0; l < LAYERS.size(); l++) {
                changed = LAYERS.get(l).outputSpanAffectedBy(changed, size);
                size = LAYERS.get(l).outputSize(size);
                RegionPlan.Regions region = plan.output(l);
                assertEquals(size, region.mapSize());
                int start = region.start(p);
                assertTrue(start >= 0 && start + region.length() <= size, "inside the map");
                assertTrue(start <= changed.start() && changed.end() <= start + region.length(),
                        "layer " + l + " region contains the influence");
            }
        }
    }
}
