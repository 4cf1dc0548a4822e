package org.xcbir.saliency;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;

/** What occluded pixels show instead of the image. Each gives a whole fill image; a window copies its part. */
public enum OcclusionFill {
    /** RGB 0 (−1 in the network's input scale). */
    BLACK {
        @Override
        public BufferedImage fillFor(BufferedImage image) {
            return filled(image.getWidth(), image.getHeight(), Color.BLACK);
        }
    },
    /** The image's mean colour, per channel. */
    MEAN {
        @Override
        public BufferedImage fillFor(BufferedImage image) {
            int w = image.getWidth();
            int h = image.getHeight();
            long[] sums = new long[3];
            for (int rgb : image.getRGB(0, 0, w, h, null, 0, w)) {
                sums[0] += (rgb >> 16) & 0xFF;
                sums[1] += (rgb >> 8) & 0xFF;
                sums[2] += rgb & 0xFF;
            }
            double n = (double) w * h;
            return filled(w, h, new Color((int) Math.round(sums[0] / n), (int) Math.round(sums[1] / n),
                    (int) Math.round(sums[2] / n)));
        }
    },
    /**
     * The image under a Gaussian blur of σ = {@value #BLUR_SIGMA} px: detail smaller than an object part disappears,
     * colours and coarse layout stay. Edges are extended outward so the border is blurred like the interior.
     */
    BLUR {
        @Override
        public BufferedImage fillFor(BufferedImage image) {
            int radius = (int) Math.ceil(3 * BLUR_SIGMA);
            float[] weights = new float[2 * radius + 1];
            float total = 0;
            for (int i = -radius; i <= radius; i++) {
                weights[i + radius] = (float) Math.exp(-i * i / (2 * BLUR_SIGMA * BLUR_SIGMA));
                total += weights[i + radius];
            }
            for (int i = 0; i < weights.length; i++) {
                weights[i] /= total;
            }
            BufferedImage padded = edgeExtended(image, radius);
            BufferedImage rows = new ConvolveOp(new Kernel(weights.length, 1, weights)).filter(padded, null);
            BufferedImage both = new ConvolveOp(new Kernel(1, weights.length, weights)).filter(rows, null);
            return rgbCopy(both.getSubimage(radius, radius, image.getWidth(), image.getHeight()));
        }
    };

    /** Gaussian σ of {@link #BLUR} in input pixels. */
    public static final double BLUR_SIGMA = 8;

    /** An image of the same size whose pixels replace the occluded ones. */
    public abstract BufferedImage fillFor(BufferedImage image);

    private static BufferedImage filled(int w, int h, Color colour) {
        BufferedImage fill = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = fill.createGraphics();
        try {
            g.setColor(colour);
            g.fillRect(0, 0, w, h);
        } finally {
            g.dispose();
        }
        return fill;
    }

    private static BufferedImage edgeExtended(BufferedImage image, int margin) {
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage padded = new BufferedImage(w + 2 * margin, h + 2 * margin, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < padded.getHeight(); y++) {
            int sourceY = Math.min(h - 1, Math.max(0, y - margin));
            for (int x = 0; x < padded.getWidth(); x++) {
                padded.setRGB(x, y, image.getRGB(Math.min(w - 1, Math.max(0, x - margin)), sourceY));
            }
        }
        return padded;
    }

    static BufferedImage rgbCopy(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }
}
