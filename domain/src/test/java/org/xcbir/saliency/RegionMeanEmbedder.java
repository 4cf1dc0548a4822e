package org.xcbir.saliency;

import java.awt.image.BufferedImage;
import java.util.List;
import org.xcbir.descriptor.embedding.ImageEmbedder;

/** A hand-checkable descriptor: the mean R, G, B (in [0, 1]) of a fixed square of the input. */
final class RegionMeanEmbedder implements ImageEmbedder {

    private final Window region;

    RegionMeanEmbedder(Window region) {
        this.region = region;
    }

    @Override
    public List<float[]> embed(List<BufferedImage> images) {
        return images.stream().map(this::embed).toList();
    }

    private float[] embed(BufferedImage image) {
        double[] sums = new double[3];
        for (int y = region.top(); y < region.top() + region.size(); y++) {
            for (int x = region.left(); x < region.left() + region.size(); x++) {
                int rgb = image.getRGB(x, y);
                sums[0] += (rgb >> 16) & 0xFF;
                sums[1] += (rgb >> 8) & 0xFF;
                sums[2] += rgb & 0xFF;
            }
        }
        double n = 255.0 * region.size() * region.size();
        return new float[] {(float) (sums[0] / n), (float) (sums[1] / n), (float) (sums[2] / n)};
    }

    @Override
    public int dimension() {
        return 3;
    }

    @Override
    public String modelId() {
        return "region-mean-test";
    }

    @Override
    public void close() {
        // holds nothing
    }
}
