package org.xcbir.descriptor.nn;

/**
 * TensorFlow's "SAME" padding along one axis: output size is ceil(input / stride) and, when the
 * total padding is odd, the extra row/column goes AFTER the input (bottom/right). PyTorch's
 * symmetric padding cannot express that, so layers pad explicitly and convolve with padding 0.
 */
public record SamePadding(int before, int after) {

    public static SamePadding of(int inputSize, int kernelSize, int stride) {
        int outputSize = outputSize(inputSize, stride);
        int total = Math.max((outputSize - 1) * stride + kernelSize - inputSize, 0);
        return new SamePadding(total / 2, total - total / 2);
    }

    public static int outputSize(int inputSize, int stride) {
        return (inputSize + stride - 1) / stride;
    }
}
