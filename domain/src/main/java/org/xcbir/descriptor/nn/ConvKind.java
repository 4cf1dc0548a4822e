package org.xcbir.descriptor.nn;

/** How input channels connect to output channels. */
public enum ConvKind {
    /** Every output channel reads every input channel (TF Conv2D). */
    FULL,
    /** Output channel c reads only input channel c (TF DepthwiseConv2dNative, multiplier 1). */
    DEPTHWISE
}
