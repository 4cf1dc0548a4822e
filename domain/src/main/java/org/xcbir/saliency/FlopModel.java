package org.xcbir.saliency;

import java.util.List;
import org.xcbir.descriptor.nn.ConvLayer;
import org.xcbir.descriptor.nn.ConvSpec;
import org.xcbir.descriptor.nn.MobileNetV2Backbone;

/**
 * Convolution FLOPs (2 per multiply-add; additions of biases, residuals and pooling are negligible) of one saliency
 * map: the black box runs the full network once for D and once per mask; the incremental engine runs it once
 * and then each mask's regions of the {@link RegionPlan} (the same size for every mask). Their ratio is the
 * speed-up the incremental engine could reach if time followed FLOPs. It does not on a CPU: the early,
 * high-resolution layers (depthwise convolutions over large activations, memory-bound) take far more time per
 * FLOP than the late 1×1 convolutions, and the incremental engine saves mostly the former, so the measured
 * speed-up can exceed this limit.
 */
public record FlopModel(int masks, double fullForwardFlops, double incrementalFlopsPerMask) {

    /** The built-in descriptor's backbone (shapes only, no weights needed). */
    public static FlopModel mobileNetV2(MaskGrid grid) {
        return of(new MobileNetV2Backbone().layers().stream().map(ConvLayer::spec).toList(), grid);
    }

    public static FlopModel of(List<ConvSpec> layers, MaskGrid grid) {
        RegionPlan plan = RegionPlan.of(layers, grid.inputSize(), grid.block(), grid.starts());
        double full = 0;
        double incremental = 0;
        int size = grid.inputSize();
        for (int i = 0; i < layers.size(); i++) {
            ConvSpec layer = layers.get(i);
            size = layer.outputSize(size);
            double perOutput = 2.0 * layer.outChannels() * layer.kernelSize() * layer.kernelSize()
                    * layer.inChannels() / layer.groups();
            long regionLength = plan.output(i).length();
            full += perOutput * size * size;
            incremental += perOutput * regionLength * regionLength;
        }
        return new FlopModel(grid.count(), full, incremental);
    }

    /** Black box: one unoccluded pass plus one per mask. */
    public double referenceFlops() {
        return (masks + 1) * fullForwardFlops;
    }

    /** Incremental: one cached unoccluded pass plus the regions of every mask. */
    public double incrementalFlops() {
        return fullForwardFlops + masks * incrementalFlopsPerMask;
    }

    public double speedUpLimit() {
        return referenceFlops() / incrementalFlops();
    }
}
