package org.xcbir.descriptor.image;

/**
 * Resizes to the network input the way the model was trained: TensorFlow 1's ResizeBilinear with
 * align_corners = false (the op inside the exported graph), so a COCO-sized photo gives the same
 * input tensor as the original pipeline. Photos of at least 4× the output size on an axis are
 * first box-averaged by an integer factor down to 2–4× the output, because bilinear from e.g.
 * 4000 px reads only 4 of ~180 source pixels per output pixel and would depend on aliasing. Pure
 * Java float arithmetic, so results are bit-identical across machines.
 */
final class InputResize {

    private InputResize() {}

    /** Source {@code TYPE_INT_RGB} pixels → three planes (R, G, B) of {@code outW × outH} values in 0..255. */
    static float[][] resize(int[] rgb, int width, int height, int outW, int outH) {
        int fx = Math.max(1, width / (2 * outW));
        int fy = Math.max(1, height / (2 * outH));
        int w = (width + fx - 1) / fx;
        int h = (height + fy - 1) / fy;
        float[][] source = boxAverage(rgb, width, height, fx, fy, w, h);
        float[][] planes = new float[3][];
        for (int c = 0; c < 3; c++) {
            planes[c] = bilinear(source[c], w, h, outW, outH);
        }
        return planes;
    }

    /** Mean of each fx × fy block (blocks at the right/bottom edge may be smaller). */
    private static float[][] boxAverage(int[] rgb, int width, int height, int fx, int fy, int w, int h) {
        float[][] planes = new float[3][w * h];
        for (int by = 0; by < h; by++) {
            int y1 = Math.min(height, (by + 1) * fy);
            for (int bx = 0; bx < w; bx++) {
                int x1 = Math.min(width, (bx + 1) * fx);
                int r = 0;
                int g = 0;
                int b = 0;
                for (int y = by * fy; y < y1; y++) {
                    for (int x = bx * fx; x < x1; x++) {
                        int p = rgb[y * width + x];
                        r += (p >> 16) & 0xFF;
                        g += (p >> 8) & 0xFF;
                        b += p & 0xFF;
                    }
                }
                float n = (y1 - by * fy) * (x1 - bx * fx);
                planes[0][by * w + bx] = r / n;
                planes[1][by * w + bx] = g / n;
                planes[2][by * w + bx] = b / n;
            }
        }
        return planes;
    }

    /** TF legacy bilinear: source coordinate = output index · (in / out), no half-pixel offset. */
    private static float[] bilinear(float[] in, int inW, int inH, int outW, int outH) {
        float[] out = new float[outW * outH];
        float yScale = (float) inH / outH;
        float xScale = (float) inW / outW;
        int[] x0 = new int[outW];
        int[] x1 = new int[outW];
        float[] xLerp = new float[outW];
        for (int x = 0; x < outW; x++) {
            float source = x * xScale;
            x0[x] = (int) Math.floor(source);
            x1[x] = Math.min((int) Math.ceil(source), inW - 1);
            xLerp[x] = source - x0[x];
        }
        for (int y = 0; y < outH; y++) {
            float source = y * yScale;
            int top = (int) Math.floor(source) * inW;
            int bottom = Math.min((int) Math.ceil(source), inH - 1) * inW;
            float yLerp = source - (float) Math.floor(source);
            for (int x = 0; x < outW; x++) {
                float topValue = in[top + x0[x]] + (in[top + x1[x]] - in[top + x0[x]]) * xLerp[x];
                float bottomValue = in[bottom + x0[x]] + (in[bottom + x1[x]] - in[bottom + x0[x]]) * xLerp[x];
                out[y * outW + x] = topValue + (bottomValue - topValue) * yLerp;
            }
        }
        return out;
    }
}
