package org.xcbir.descriptor.weights;

/** Re-arranges TensorFlow kernels for PyTorch and folds per-channel affine terms into them. */
public final class KernelLayout {

    private KernelLayout() {}

    /** Conv2D kernel [kh, kw, in, out] (HWIO) → [out, in, kh, kw] (OIHW). */
    public static float[] hwioToOihw(float[] hwio, int kh, int kw, int in, int out) {
        float[] oihw = new float[hwio.length];
        for (int y = 0; y < kh; y++) {
            for (int x = 0; x < kw; x++) {
                for (int i = 0; i < in; i++) {
                    for (int o = 0; o < out; o++) {
                        oihw[((o * in + i) * kh + y) * kw + x] = hwio[((y * kw + x) * in + i) * out + o];
                    }
                }
            }
        }
        return oihw;
    }

    /**
     * Depthwise kernel [kh, kw, C, 1] → [C, 1, kh, kw], for a grouped conv with groups = C. Read
     * as HWIO with in = C and out = 1, its OIHW form [1, C, kh, kw] has the same element order.
     */
    public static float[] depthwiseToOihw(float[] hwc1, int kh, int kw, int channels) {
        return hwioToOihw(hwc1, kh, kw, channels, 1);
    }

    /** Multiplies every weight of output channel o by {@code scale[o]} (OIHW layout, in place). */
    public static void scaleOutputChannels(float[] oihw, float[] scale) {
        int perChannel = oihw.length / scale.length;
        for (int o = 0; o < scale.length; o++) {
            for (int j = 0; j < perChannel; j++) {
                oihw[o * perChannel + j] *= scale[o];
            }
        }
    }

    /** gamma / sqrt(variance + epsilon): the multiplier an inference-mode batch norm applies. */
    public static float[] batchNormScale(float[] gamma, float[] variance, float epsilon) {
        float[] scale = new float[gamma.length];
        for (int c = 0; c < scale.length; c++) {
            scale[c] = (float) (gamma[c] / Math.sqrt(variance[c] + epsilon));
        }
        return scale;
    }

    /** beta - mean * scale: the offset an inference-mode batch norm adds after scaling. */
    public static float[] batchNormShift(float[] beta, float[] mean, float[] scale) {
        float[] shift = new float[beta.length];
        for (int c = 0; c < shift.length; c++) {
            shift[c] = beta[c] - mean[c] * scale[c];
        }
        return shift;
    }
}
