package org.xcbir.descriptor.nn;

import java.util.List;

/**
 * A named run of convolution layers applied one after another; an inverted residual block also
 * adds its input to its output. This is what incremental inference needs to replay a network.
 */
public interface LayerSequence {

    /** TF name scope, e.g. {@code expanded_conv_3} or {@code BoxPredictor_0/ClassPredictor}. */
    String scope();

    List<ConvLayer> layers();

    boolean addsInputToOutput();
}
