package org.xcbir.descriptor.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;

class ConvLayerTest {

    @Test
    void padsTheExtraRowAndColumnAtTheBottomRightLikeTensorFlow() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ConvLayer layer = new ConvLayer(new ConvSpec("sum", ConvKind.FULL, 3, 2, 1, 1, Activation.LINEAR));
            layer.setWeights(manager.ones(new Shape(1, 1, 3, 3)), manager.zeros(new Shape(1)));
            NDArray input = manager.arange(16f).reshape(1, 1, 4, 4);
            float[] output = layer.forward(new ParameterStore(manager, false), new NDList(input), false)
                    .singletonOrThrow().toFloatArray();
            // TF SAME, 4 → 2: windows start at rows/cols 0 and 2; row/col 4 is the zero pad.
            // Symmetric padding would give 10, 24, 66, 90 instead.
            float topLeft = 0 + 1 + 2 + 4 + 5 + 6 + 8 + 9 + 10;
            float topRight = 2 + 3 + 6 + 7 + 10 + 11;
            float bottomLeft = 8 + 9 + 10 + 12 + 13 + 14;
            float bottomRight = 10 + 11 + 14 + 15;
            assertArrayEquals(new float[] {topLeft, topRight, bottomLeft, bottomRight}, output);
        }
    }

    @Test
    void depthwiseLayerKeepsChannelsApartAndClipsAtSix() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ConvLayer layer = new ConvLayer(new ConvSpec("dw", ConvKind.DEPTHWISE, 3, 1, 2, 2, Activation.RELU6));
            NDArray kernel = manager.zeros(new Shape(2, 1, 3, 3));
            kernel.set(new ai.djl.ndarray.index.NDIndex("0, 0, 1, 1"), 1f); // channel 0: identity
            kernel.set(new ai.djl.ndarray.index.NDIndex("1, 0, 1, 1"), -1f); // channel 1: negate
            layer.setWeights(kernel, manager.create(new float[] {0f, 10f}));
            NDArray input = manager.create(new float[] {-1, 2, 7, 3, 4, 5, 6, 20}, new Shape(1, 2, 2, 2));
            float[] output = layer.forward(new ParameterStore(manager, false), new NDList(input), false)
                    .singletonOrThrow().toFloatArray();
            assertArrayEquals(new float[] {0, 2, 6, 3, 6, 5, 4, 0}, output);
        }
    }
}
