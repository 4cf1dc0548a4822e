package org.xcbir.descriptor.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * MobileNetV2 (depth multiplier 1) as used by TF's ssdlite_mobilenet_v2 feature extractor, up to
 * {@code Conv_1}: input NCHW 3×300×300 scaled to [-1, 1], output 1280×10×10 after ReLU6.
 * Stages carry the TF scope names, so weights map one to one onto the TF.js graph.
 */
public final class MobileNetV2Backbone extends AbstractBlock {

    /** TF scope prefix of every backbone (and SSD extra layer) tensor in the graph. */
    public static final String TF_SCOPE = "FeatureExtractor/MobilenetV2";
    public static final int OUTPUT_CHANNELS = 1280;
    /** Stage whose expansion output (576×19×19) is SSD's first feature map. */
    static final String SSD_TAP_STAGE = "expanded_conv_13";

    private static final byte VERSION = 1;
    /** (expansion t, output channels c, repeats n, first stride s) from the MobileNetV2 paper. */
    private static final int[][] BOTTLENECKS = {
        {1, 16, 1, 1}, {6, 24, 2, 2}, {6, 32, 3, 2}, {6, 64, 4, 2}, {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1}
    };

    private final List<ChainedLayers> stages = new ArrayList<>();

    public MobileNetV2Backbone() {
        super(VERSION);
        addStage(new ChainedLayers("Conv", List.of(
                new ConvSpec("Conv", ConvKind.FULL, 3, 2, 3, 32, Activation.RELU6))));
        int channels = 32;
        int index = 0;
        for (int[] b : BOTTLENECKS) {
            for (int repeat = 0; repeat < b[2]; repeat++, index++) {
                String scope = index == 0 ? "expanded_conv" : "expanded_conv_" + index;
                addStage(new InvertedResidual(scope, channels, b[1], b[0], repeat == 0 ? b[3] : 1));
                channels = b[1];
            }
        }
        addStage(new ChainedLayers("Conv_1", List.of(
                ConvSpec.pointwise("Conv_1", channels, OUTPUT_CHANNELS, Activation.RELU6))));
    }

    private void addStage(ChainedLayers stage) {
        stages.add(addChildBlock(stage.scope(), stage));
    }

    /** Stages in execution order: stem, 17 inverted residual blocks, {@code Conv_1}. */
    public List<LayerSequence> stages() {
        return List.copyOf(stages);
    }

    /** Every convolution layer in execution order. */
    public List<ConvLayer> layers() {
        return stages.stream().flatMap(s -> s.layers().stream()).toList();
    }

    /** Both feature maps SSD reads from the backbone. */
    public record Features(NDArray expandedConv13Expansion, NDArray conv1) {}

    public Features forwardFeatures(ParameterStore parameterStore, NDArray input, boolean training) {
        NDArray current = input;
        NDArray tap = null;
        for (ChainedLayers stage : stages) {
            if (stage instanceof InvertedResidual block && stage.scope().equals(SSD_TAP_STAGE)) {
                InvertedResidual.Outputs outputs = block.applyWithExpansion(parameterStore, current, training);
                tap = outputs.expansion();
                current = outputs.output();
            } else {
                current = stage.apply(parameterStore, current, training);
            }
        }
        return new Features(tap, current);
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray current = inputs.singletonOrThrow();
        for (ChainedLayers stage : stages) {
            current = stage.apply(parameterStore, current, training);
        }
        return new NDList(current);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape[] shapes = inputShapes;
        for (ChainedLayers stage : stages) {
            stage.initialize(manager, dataType, shapes);
            shapes = stage.getOutputShapes(shapes);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape[] shapes = inputShapes;
        for (ChainedLayers stage : stages) {
            shapes = stage.getOutputShapes(shapes);
        }
        return shapes;
    }
}
