package org.xcbir.saliency;

import java.awt.image.BufferedImage;
import org.xcbir.descriptor.image.ImagePreprocessor;

/**
 * A result image as the descriptor sees it, ready to be occluded: resized to the input size exactly as
 * {@link ImagePreprocessor} does and rounded to 8-bit RGB, plus the fill image of the same size.
 *
 * <p>Occlusion happens here, after resizing, so a window hides exactly b×b input pixels whatever the native
 * size. Every occluded image is already input-sized, and the embedder's own resize is then the identity
 * (TF bilinear at scale 1 reads each pixel unchanged), so any {@code ImageEmbedder} at that input size
 * sees exactly these pixels, and the incremental engine can start from the same tensor.
 */
public record OcclusionInput(BufferedImage image, BufferedImage fill) {

    public OcclusionInput {
        if (image.getWidth() != image.getHeight() || fill.getWidth() != image.getWidth()
                || fill.getHeight() != image.getHeight()) {
            throw new IllegalArgumentException("image and fill must be the same square size");
        }
    }

    public static OcclusionInput of(BufferedImage result, int inputSize, OcclusionFill fill) {
        BufferedImage resized = resized(result, inputSize);
        return new OcclusionInput(resized, fill.fillFor(resized));
    }

    public int size() {
        return image.getWidth();
    }

    /** A copy of the image with the window's pixels taken from the fill. */
    public BufferedImage occluded(Window window) {
        BufferedImage copy = OcclusionFill.rgbCopy(image);
        int[] fillPixels = fill.getRGB(window.left(), window.top(), window.size(), window.size(), null, 0, window.size());
        copy.setRGB(window.left(), window.top(), window.size(), window.size(), fillPixels, 0, window.size());
        return copy;
    }

    private static BufferedImage resized(BufferedImage image, int size) {
        float[] chw = ImagePreprocessor.toChw(image, size);
        int plane = size * size;
        int[] pixels = new int[plane];
        for (int i = 0; i < plane; i++) {
            pixels[i] = (to8Bit(chw[i]) << 16) | (to8Bit(chw[plane + i]) << 8) | to8Bit(chw[2 * plane + i]);
        }
        BufferedImage resized = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        resized.setRGB(0, 0, size, size, pixels, 0, size);
        return resized;
    }

    /** Inverse of the network's x·2/255 − 1 scaling. */
    private static int to8Bit(float networkValue) {
        return Math.max(0, Math.min(255, Math.round((networkValue + 1) * 127.5f)));
    }
}
