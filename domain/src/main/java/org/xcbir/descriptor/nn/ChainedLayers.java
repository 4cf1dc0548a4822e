package org.xcbir.descriptor.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.List;

/** Layers run in order with nothing else in between (stem, SSD extra layers, predictor heads). */
public class ChainedLayers extends AbstractBlock implements LayerSequence {

    private static final byte VERSION = 1;

    private final String scope;
    private final List<ConvLayer> layers;

    public ChainedLayers(String scope, List<ConvSpec> specs) {
        super(VERSION);
        this.scope = scope;
        this.layers = specs.stream().map(spec -> addChildBlock(spec.scope(), new ConvLayer(spec))).toList();
    }

    @Override
    public String scope() {
        return scope;
    }

    @Override
    public List<ConvLayer> layers() {
        return layers;
    }

    @Override
    public boolean addsInputToOutput() {
        return false;
    }

    NDArray apply(ParameterStore parameterStore, NDArray input, boolean training) {
        NDList current = new NDList(input);
        for (ConvLayer layer : layers) {
            current = layer.forward(parameterStore, current, training);
        }
        return current.singletonOrThrow();
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(apply(parameterStore, inputs.singletonOrThrow(), training));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape[] shapes = inputShapes;
        for (ConvLayer layer : layers) {
            layer.initialize(manager, dataType, shapes);
            shapes = layer.getOutputShapes(shapes);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape[] shapes = inputShapes;
        for (ConvLayer layer : layers) {
            shapes = layer.getOutputShapes(shapes);
        }
        return shapes;
    }
}
