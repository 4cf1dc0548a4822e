package org.xcbir.descriptor.tfjs;

import java.util.Arrays;

/**
 * One named constant of a TF.js graph model, in TensorFlow's own layout (e.g. HWIO for conv
 * kernels). Integer constants are widened to float: the model only uses them for shapes and
 * indices, which are small enough to be exact.
 */
public record WeightTensor(String name, long[] shape, float[] values) {

    public WeightTensor {
        if (Arrays.stream(shape).reduce(1, Math::multiplyExact) != values.length) {
            throw new IllegalArgumentException(
                    name + ": shape " + Arrays.toString(shape) + " does not hold " + values.length + " values");
        }
    }

    public int rank() {
        return shape.length;
    }

    public long dim(int axis) {
        return shape[axis];
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape);
    }
}
