package org.xcbir.descriptor.nn;

import ai.djl.ndarray.types.Shape;

/**
 * Everything about one convolution layer except its weights: enough to build it, to check it
 * against the TF graph, and to tell which input pixels an output pixel depends on.
 *
 * @param scope TF name scope of the layer inside its network part, e.g. {@code expanded_conv_3/depthwise}
 */
public record ConvSpec(
        String scope,
        ConvKind kind,
        int kernelSize,
        int stride,
        int inChannels,
        int outChannels,
        Activation activation) {

    public ConvSpec {
        if (kind == ConvKind.DEPTHWISE && inChannels != outChannels) {
            throw new IllegalArgumentException(scope + ": depthwise layers keep the channel count");
        }
    }

    public static ConvSpec pointwise(String scope, int in, int out, Activation activation) {
        return new ConvSpec(scope, ConvKind.FULL, 1, 1, in, out, activation);
    }

    public static ConvSpec depthwise(String scope, int channels, int stride, Activation activation) {
        return new ConvSpec(scope, ConvKind.DEPTHWISE, 3, stride, channels, channels, activation);
    }

    public int groups() {
        return kind == ConvKind.DEPTHWISE ? inChannels : 1;
    }

    /** PyTorch layout OIHW; a depthwise kernel is [C, 1, k, k] used with groups = C. */
    public Shape weightShape() {
        return new Shape(outChannels, inChannels / groups(), kernelSize, kernelSize);
    }

    public SamePadding padding(int inputSize) {
        return SamePadding.of(inputSize, kernelSize, stride);
    }

    public int outputSize(int inputSize) {
        return SamePadding.outputSize(inputSize, stride);
    }

    /** The input positions that the outputs in {@code outputs} read (clipped to the input). */
    public Span inputSpanFor(Span outputs, int inputSize) {
        if (outputs.isEmpty()) {
            return new Span(0, 0);
        }
        int before = padding(inputSize).before();
        return new Span(outputs.start() * stride - before, (outputs.end() - 1) * stride - before + kernelSize)
                .clip(inputSize);
    }

    /** The output positions whose value can change when the inputs in {@code changed} change. */
    public Span outputSpanAffectedBy(Span changed, int inputSize) {
        if (changed.isEmpty()) {
            return new Span(0, 0);
        }
        int before = padding(inputSize).before();
        // output o reads inputs [o*stride - before, o*stride - before + kernelSize)
        int first = Math.floorDiv(changed.start() + before - kernelSize + 1 + stride - 1, stride);
        int last = Math.floorDiv(changed.end() - 1 + before, stride);
        return new Span(first, last + 1).clip(outputSize(inputSize));
    }
}
