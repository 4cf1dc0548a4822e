package org.xcbir.saliency;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Square crops at a different position per batch item, and the reverse: pasting squares into a batch. Both are
 * one gather or scatter over the flattened spatial axis, so a whole batch costs a handful of tensor operations.
 */
final class Crops {

    private Crops() {}

    /** From a single NCHW map [1, C, H, W], the {@code length}² square at (tops[b], lefts[b]) for each b: [B, C, L, L]. */
    static NDArray squares(NDArray source, int[] tops, int[] lefts, int length) {
        Shape shape = source.getShape();
        long channels = shape.get(1);
        long area = shape.get(2) * shape.get(3);
        int batch = tops.length;
        NDArray index = flatIndex(source.getManager(), tops, lefts, length, shape.get(3))
                .broadcast(batch, channels, (long) length * length);
        return source.reshape(1, channels, area).broadcast(batch, channels, area).gather(index, 2)
                .reshape(batch, channels, length, length);
    }

    /** A copy of {@code target} [B, C, T, T] with {@code patch} [B, C, P, P] written at (tops[b], lefts[b]) of item b. */
    static NDArray pasted(NDArray target, NDArray patch, int[] tops, int[] lefts) {
        Shape shape = target.getShape();
        long batch = shape.get(0);
        long channels = shape.get(1);
        int length = (int) patch.getShape().get(2);
        long patchArea = (long) length * length;
        NDArray index = flatIndex(target.getManager(), tops, lefts, length, shape.get(3))
                .broadcast(batch, channels, patchArea);
        return target.reshape(batch, channels, shape.get(2) * shape.get(3))
                .scatter(index, patch.reshape(batch, channels, patchArea), 2)
                .reshape(shape);
    }

    /** Row-major positions of each item's square in a map with rows of {@code rowLength}: [B, 1, L²]. */
    private static NDArray flatIndex(NDManager manager, int[] tops, int[] lefts, int length, long rowLength) {
        long[] index = new long[tops.length * length * length];
        int i = 0;
        for (int b = 0; b < tops.length; b++) {
            for (int y = 0; y < length; y++) {
                long rowStart = (tops[b] + y) * rowLength + lefts[b];
                for (int x = 0; x < length; x++) {
                    index[i++] = rowStart + x;
                }
            }
        }
        return manager.create(index, new Shape(tops.length, 1, (long) length * length));
    }
}
