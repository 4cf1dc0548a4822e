package org.xcbir.descriptor.weights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KernelLayoutTest {

    @Test
    void movesEveryHwioElementToItsOihwPosition() {
        int kh = 2;
        int kw = 3;
        int in = 4;
        int out = 5;
        float[] hwio = new float[kh * kw * in * out];
        for (int y = 0; y < kh; y++) {
            for (int x = 0; x < kw; x++) {
                for (int i = 0; i < in; i++) {
                    for (int o = 0; o < out; o++) {
                        hwio[((y * kw + x) * in + i) * out + o] = 1000 * o + 100 * i + 10 * y + x;
                    }
                }
            }
        }
        float[] oihw = KernelLayout.hwioToOihw(hwio, kh, kw, in, out);
        // element [o=3, i=2, y=1, x=2]
        assertEquals(3212f, oihw[((3 * in + 2) * kh + 1) * kw + 2]);
        assertEquals(0f, oihw[0]);
        assertEquals(4312f, oihw[oihw.length - 1]);
    }

    @Test
    void depthwiseKernelBecomesChannelMajor() {
        // [kh=1, kw=2, C=3, 1]: values 10*channel + tap
        float[] hwc1 = {0, 10, 20, 1, 11, 21};
        assertArrayEquals(new float[] {0, 1, 10, 11, 20, 21}, KernelLayout.depthwiseToOihw(hwc1, 1, 2, 3));
    }

    @Test
    void foldsBatchNormIntoScaleAndShift() {
        float[] scale = KernelLayout.batchNormScale(new float[] {2f}, new float[] {3.999f}, 0.001f);
        assertEquals(1f, scale[0], 1e-6);
        float[] shift = KernelLayout.batchNormShift(new float[] {0.5f}, new float[] {2f}, scale);
        assertEquals(-1.5f, shift[0], 1e-6);
        float[] weights = {1, 2, 3, 4};
        KernelLayout.scaleOutputChannels(weights, new float[] {10, -1});
        assertArrayEquals(new float[] {10, 20, -3, -4}, weights);
    }
}
