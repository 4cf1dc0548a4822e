package org.xcbir.descriptor.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** Backbone feature map → global average pool → L2 normalisation: the 1280-d image descriptor. */
public final class PooledDescriptorBlock extends AbstractBlock {

    private static final byte VERSION = 1;
    /** Guards the division for an all-zero feature map (possible after ReLU6 on a blank image). */
    private static final double NORM_EPSILON = 1e-12;

    private final MobileNetV2Backbone backbone;

    public PooledDescriptorBlock(MobileNetV2Backbone backbone) {
        super(VERSION);
        this.backbone = addChildBlock("backbone", backbone);
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray featureMap = backbone.forward(parameterStore, inputs, training).singletonOrThrow();
        return new NDList(pool(featureMap));
    }

    /** [N, C, H, W] → [N, C] unit vectors; public so that incremental inference ends exactly like a full pass. */
    public static NDArray pool(NDArray featureMap) {
        Shape shape = featureMap.getShape();
        // the PyTorch engine averages over one axis only, so flatten H×W first
        return featureMap.reshape(shape.get(0), shape.get(1), -1).mean(new int[] {2}).normalize(2, 1, NORM_EPSILON);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        backbone.initialize(manager, dataType, inputShapes);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), MobileNetV2Backbone.OUTPUT_CHANNELS)};
    }
}
