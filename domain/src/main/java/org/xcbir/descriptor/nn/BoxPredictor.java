package org.xcbir.descriptor.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.ndarray.NDList;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.List;

/**
 * SSDLite head for one feature map: separate box and class towers, each a 3×3 depthwise conv
 * (+ReLU6) and a linear 1×1 conv, giving per location and anchor 4 box encodings and 91 logits.
 */
public final class BoxPredictor extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int anchorsPerLocation;
    private final int classesWithBackground;
    private final ChainedLayers boxTower;
    private final ChainedLayers classTower;

    public BoxPredictor(String scope, int channels, int anchorsPerLocation, int classesWithBackground) {
        super(VERSION);
        this.anchorsPerLocation = anchorsPerLocation;
        this.classesWithBackground = classesWithBackground;
        boxTower = addChildBlock("box", tower(scope + "/BoxEncodingPredictor", channels, anchorsPerLocation * 4));
        classTower = addChildBlock("class",
                tower(scope + "/ClassPredictor", channels, anchorsPerLocation * classesWithBackground));
    }

    private static ChainedLayers tower(String scope, int channels, int outputs) {
        return new ChainedLayers(scope, List.of(
                ConvSpec.depthwise(scope + "_depthwise", channels, 1, Activation.RELU6),
                ConvSpec.pointwise(scope, channels, outputs, Activation.LINEAR)));
    }

    public List<LayerSequence> towers() {
        return List.of(boxTower, classTower);
    }

    /** Box encodings [N, H·W·A, 4] and class logits [N, H·W·A, 91], anchors ordered (y, x, anchor) as in TF. */
    public NDList predict(ParameterStore parameterStore, NDArray features, boolean training) {
        return new NDList(
                perAnchor(boxTower.apply(parameterStore, features, training), 4),
                perAnchor(classTower.apply(parameterStore, features, training), classesWithBackground));
    }

    private static NDArray perAnchor(NDArray nchw, int valuesPerAnchor) {
        // NCHW → NHWC puts the anchor index fastest after x, matching TF's reshape of NHWC output
        return nchw.transpose(0, 2, 3, 1).reshape(new Shape(nchw.getShape().get(0), -1, valuesPerAnchor));
    }

    public int anchorsPerLocation() {
        return anchorsPerLocation;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        return predict(parameterStore, inputs.singletonOrThrow(), training);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        boxTower.initialize(manager, dataType, inputShapes);
        classTower.initialize(manager, dataType, inputShapes);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        long anchors = in.get(2) * in.get(3) * anchorsPerLocation;
        return new Shape[] {new Shape(in.get(0), anchors, 4), new Shape(in.get(0), anchors, classesWithBackground)};
    }
}
