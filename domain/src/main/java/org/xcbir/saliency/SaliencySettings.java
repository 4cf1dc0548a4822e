package org.xcbir.saliency;

import java.util.Locale;

/**
 * How a saliency map is computed.
 *
 * <p>Defaults, at the 300×300 input: a 50-pixel occluder (1/6 of the side, the size of a typical COCO object
 * part, so hiding it moves the descriptor measurably without erasing whole objects) moved by 25 pixels: 11×11 =
 * 121 windows, the grid ends exactly at the border (no extra flush window) and every interior pixel is averaged
 * over 4 windows, which smooths the map without blurring it beyond the occluder size. Fill with the image's
 * mean colour: black is −1 in the network's input, an extreme value that itself looks like a dark object;
 * the mean removes the content and keeps the colour statistics. Batches of 16 masked inputs bound memory.
 *
 * @param block occluder side in input pixels
 * @param stride step between occluder positions in input pixels
 * @param batchSize masked inputs per forward pass
 */
public record SaliencySettings(int block, int stride, OcclusionFill fill, DescriptorDistance distance, int batchSize) {

    public static final int DEFAULT_BLOCK = 50;
    public static final int DEFAULT_STRIDE = 25;
    public static final int DEFAULT_BATCH_SIZE = 16;

    public SaliencySettings {
        if (block < 1) {
            throw new IllegalArgumentException("occluder size must be at least 1, not " + block);
        }
        if (stride < 1) {
            throw new IllegalArgumentException("occluder stride must be at least 1, not " + stride);
        }
        if (fill == null || distance == null) {
            throw new IllegalArgumentException("fill and distance are required");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
    }

    public static SaliencySettings defaults() {
        return new SaliencySettings(DEFAULT_BLOCK, DEFAULT_STRIDE, OcclusionFill.MEAN, DescriptorDistance.L2,
                DEFAULT_BATCH_SIZE);
    }

    public SaliencySettings withMasks(int newBlock, int newStride) {
        return new SaliencySettings(newBlock, newStride, fill, distance, batchSize);
    }

    public SaliencySettings withFill(OcclusionFill newFill) {
        return new SaliencySettings(block, stride, newFill, distance, batchSize);
    }

    public SaliencySettings withDistance(DescriptorDistance newDistance) {
        return new SaliencySettings(block, stride, fill, newDistance, batchSize);
    }

    /** What the maps depend on, as a file-name-safe tag, e.g. {@code b50-s25-mean-l2} (batch size does not matter). */
    public String key() {
        return "b" + block + "-s" + stride + "-" + fill.name().toLowerCase(Locale.ROOT) + "-"
                + distance.name().toLowerCase(Locale.ROOT);
    }

    /** The windows at an input size; fails when the occluder does not fit. */
    public MaskGrid grid(int inputSize) {
        return new MaskGrid(inputSize, block, stride);
    }
}
