package org.xcbir.descriptor.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * MobileNetV2 block: 1x1 expansion (absent when the expansion factor is 1), 3x3 depthwise,
 * linear 1x1 projection; the input is added back when stride is 1 and the width is unchanged.
 */
public final class InvertedResidual extends ChainedLayers {

    private final boolean expands;
    private final boolean residual;

    public InvertedResidual(String scope, int inChannels, int outChannels, int expansion, int stride) {
        super(scope, specs(scope, inChannels, outChannels, expansion, stride));
        this.expands = expansion != 1;
        this.residual = stride == 1 && inChannels == outChannels;
    }

    private static List<ConvSpec> specs(String scope, int in, int out, int expansion, int stride) {
        List<ConvSpec> specs = new ArrayList<>();
        int hidden = in * expansion;
        if (expansion != 1) {
            specs.add(ConvSpec.pointwise(scope + "/expand", in, hidden, Activation.RELU6));
        }
        specs.add(ConvSpec.depthwise(scope + "/depthwise", hidden, stride, Activation.RELU6));
        specs.add(ConvSpec.pointwise(scope + "/project", hidden, out, Activation.LINEAR));
        return specs;
    }

    @Override
    public boolean addsInputToOutput() {
        return residual;
    }

    /** The block's output plus its expansion layer's output, which SSD uses as its first feature map. */
    public record Outputs(NDArray expansion, NDArray output) {}

    public Outputs applyWithExpansion(ParameterStore parameterStore, NDArray input, boolean training) {
        NDArray expansion = input;
        NDArray current = input;
        for (ConvLayer layer : layers()) {
            current = layer.forward(parameterStore, new NDList(current), training).singletonOrThrow();
            if (expands && layer == layers().get(0)) {
                expansion = current;
            }
        }
        return new Outputs(expansion, residual ? current.add(input) : current);
    }

    @Override
    NDArray apply(ParameterStore parameterStore, NDArray input, boolean training) {
        return applyWithExpansion(parameterStore, input, training).output();
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(apply(parameterStore, inputs.singletonOrThrow(), training));
    }
}
