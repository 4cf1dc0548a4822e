package org.xcbir.descriptor.nn;

import ai.djl.ndarray.NDArray;

/** What follows a convolution. MobileNetV2 projections and SSD box/class heads are linear. */
public enum Activation {
    RELU6 {
        @Override
        NDArray apply(NDArray x) {
            return x.clip(0f, 6f);
        }
    },
    LINEAR {
        @Override
        NDArray apply(NDArray x) {
            return x;
        }
    };

    abstract NDArray apply(NDArray x);
}
