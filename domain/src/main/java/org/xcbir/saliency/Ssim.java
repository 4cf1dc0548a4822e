package org.xcbir.saliency;

/**
 * Structural similarity (Wang et al., 2004) of two normalised saliency maps: the standard 11×11 Gaussian window
 * (σ = 1.5), K1 = 0.01, K2 = 0.03 and dynamic range 1, averaged over the positions where the window fits
 * (MATLAB's {@code ssim_index}). 1 for identical maps.
 */
public final class Ssim {

    private static final int RADIUS = 5;
    private static final double SIGMA = 1.5;
    private static final double C1 = 0.01 * 0.01;
    private static final double C2 = 0.03 * 0.03;

    private Ssim() {}

    /** SSIM of the two maps, each divided by its own maximum. */
    public static double between(SaliencyMap a, SaliencyMap b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("maps of sizes " + a.size() + " and " + b.size());
        }
        return between(a.normalised(), b.normalised(), a.size());
    }

    /** SSIM of two square images of values in [0, 1], row-major. */
    public static double between(float[] x, float[] y, int size) {
        if (size <= 2 * RADIUS) {
            throw new IllegalArgumentException("SSIM needs images larger than its " + (2 * RADIUS + 1) + "-pixel window");
        }
        double[] window = gaussian();
        int valid = size - 2 * RADIUS;
        double total = 0;
        for (int cy = RADIUS; cy < size - RADIUS; cy++) {
            for (int cx = RADIUS; cx < size - RADIUS; cx++) {
                double mx = 0;
                double my = 0;
                double xx = 0;
                double yy = 0;
                double xy = 0;
                for (int dy = -RADIUS; dy <= RADIUS; dy++) {
                    for (int dx = -RADIUS; dx <= RADIUS; dx++) {
                        double w = window[dy + RADIUS] * window[dx + RADIUS];
                        int p = (cy + dy) * size + cx + dx;
                        mx += w * x[p];
                        my += w * y[p];
                        xx += w * x[p] * x[p];
                        yy += w * y[p] * y[p];
                        xy += w * x[p] * y[p];
                    }
                }
                double vx = xx - mx * mx;
                double vy = yy - my * my;
                double cov = xy - mx * my;
                total += (2 * mx * my + C1) * (2 * cov + C2) / ((mx * mx + my * my + C1) * (vx + vy + C2));
            }
        }
        return total / ((double) valid * valid);
    }

    /** Normalised 1-D Gaussian weights; the 2-D window is their outer product. */
    private static double[] gaussian() {
        double[] w = new double[2 * RADIUS + 1];
        double sum = 0;
        for (int i = -RADIUS; i <= RADIUS; i++) {
            w[i + RADIUS] = Math.exp(-i * i / (2 * SIGMA * SIGMA));
            sum += w[i + RADIUS];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= sum;
        }
        return w;
    }
}
