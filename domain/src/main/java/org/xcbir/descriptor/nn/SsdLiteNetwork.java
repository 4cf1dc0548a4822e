package org.xcbir.descriptor.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
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
 * The whole SSDLite MobileNetV2 COCO detector without post-processing: backbone, four extra
 * feature layers and six box predictors. Output: box encodings [N, 1917, 4] and class logits
 * [N, 1917, 91] (index 0 = background).
 */
public final class SsdLiteNetwork extends AbstractBlock {

    public static final int CLASSES_WITH_BACKGROUND = 91;
    /** (output depth, number in the TF layer name) of the extra layers appended after Conv_1. */
    private static final int[][] EXTRA_LAYERS = {{512, 2}, {256, 3}, {256, 4}, {128, 5}};
    private static final byte VERSION = 1;

    private final MobileNetV2Backbone backbone;
    private final List<ChainedLayers> extraLayers = new ArrayList<>();
    private final List<BoxPredictor> predictors = new ArrayList<>();

    public SsdLiteNetwork() {
        super(VERSION);
        backbone = addChildBlock("backbone", new MobileNetV2Backbone());
        int channels = MobileNetV2Backbone.OUTPUT_CHANNELS;
        for (int[] extra : EXTRA_LAYERS) {
            extraLayers.add(addChildBlock("extra" + extra[1], extraLayer(channels, extra[0], extra[1])));
            channels = extra[0];
        }
        int[] featureChannels = {576, 1280, 512, 256, 256, 128};
        for (int i = 0; i < featureChannels.length; i++) {
            // reduce_boxes_in_lowest_layer: the 19×19 map has 3 anchors per location, the others 6
            int anchors = i == 0 ? 3 : 6;
            predictors.add(addChildBlock("BoxPredictor_" + i,
                    new BoxPredictor("BoxPredictor_" + i, featureChannels[i], anchors, CLASSES_WITH_BACKGROUND)));
        }
    }

    private static ChainedLayers extraLayer(int in, int depth, int number) {
        String reduce = "layer_19_1_Conv2d_" + number + "_1x1_" + depth / 2;
        String expand = "layer_19_2_Conv2d_" + number + "_3x3_s2_" + depth;
        return new ChainedLayers(expand, List.of(
                ConvSpec.pointwise(reduce, in, depth / 2, Activation.RELU6),
                ConvSpec.depthwise(expand + "_depthwise", depth / 2, 2, Activation.RELU6),
                ConvSpec.pointwise(expand, depth / 2, depth, Activation.RELU6)));
    }

    public MobileNetV2Backbone backbone() {
        return backbone;
    }

    /** The layers after the backbone whose weights live under the backbone's TF scope. */
    public List<LayerSequence> extraLayers() {
        return List.copyOf(extraLayers);
    }

    public List<BoxPredictor> predictors() {
        return List.copyOf(predictors);
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        MobileNetV2Backbone.Features features =
                backbone.forwardFeatures(parameterStore, inputs.singletonOrThrow(), training);
        List<NDArray> maps = new ArrayList<>(List.of(features.expandedConv13Expansion(), features.conv1()));
        for (ChainedLayers extra : extraLayers) {
            maps.add(extra.apply(parameterStore, maps.get(maps.size() - 1), training));
        }
        NDList boxes = new NDList();
        NDList classes = new NDList();
        for (int i = 0; i < predictors.size(); i++) {
            NDList prediction = predictors.get(i).predict(parameterStore, maps.get(i), training);
            boxes.add(prediction.get(0));
            classes.add(prediction.get(1));
        }
        return new NDList(NDArrays.concat(boxes, 1), NDArrays.concat(classes, 1));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        backbone.initialize(manager, dataType, inputShapes);
        List<Shape> maps = featureMapShapes(inputShapes[0]);
        for (int i = 0; i < extraLayers.size(); i++) {
            extraLayers.get(i).initialize(manager, dataType, maps.get(i + 1));
        }
        for (int i = 0; i < predictors.size(); i++) {
            predictors.get(i).initialize(manager, dataType, maps.get(i));
        }
    }

    /** Shapes of the six feature maps the predictors read (19, 10, 5, 3, 2, 1 for a 300 input). */
    public List<Shape> featureMapShapes(Shape inputShape) {
        List<Shape> maps = new ArrayList<>();
        Shape current = inputShape;
        for (LayerSequence stage : backbone.stages()) {
            for (ConvLayer layer : stage.layers()) {
                current = layer.getOutputShapes(new Shape[] {current})[0];
                if (stage.scope().equals(MobileNetV2Backbone.SSD_TAP_STAGE) && maps.isEmpty()) {
                    maps.add(current);
                }
            }
        }
        maps.add(current);
        for (ChainedLayers extra : extraLayers) {
            current = extra.getOutputShapes(new Shape[] {current})[0];
            maps.add(current);
        }
        return maps;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long anchors = 0;
        List<Shape> maps = featureMapShapes(inputShapes[0]);
        for (int i = 0; i < predictors.size(); i++) {
            anchors += maps.get(i).get(2) * maps.get(i).get(3) * predictors.get(i).anchorsPerLocation();
        }
        long batch = inputShapes[0].get(0);
        return new Shape[] {new Shape(batch, anchors, 4), new Shape(batch, anchors, CLASSES_WITH_BACKGROUND)};
    }
}
