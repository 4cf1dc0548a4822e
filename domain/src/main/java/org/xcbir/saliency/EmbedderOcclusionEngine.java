package org.xcbir.saliency;

import java.awt.image.BufferedImage;
import java.util.List;
import org.xcbir.descriptor.embedding.ImageEmbedder;

/**
 * The reference engine: treats the descriptor as a black box and embeds every occluded image in full, a batch at
 * a time (only one batch of occluded images exists at once). Works with any {@link ImageEmbedder} whose input
 * size is {@code inputSize}: the occluded images are already that size, so the embedder's resize is the identity.
 */
public final class EmbedderOcclusionEngine implements OcclusionEngine {

    private final ImageEmbedder embedder;
    private final int inputSize;

    public EmbedderOcclusionEngine(ImageEmbedder embedder, int inputSize) {
        this.embedder = embedder;
        this.inputSize = inputSize;
    }

    @Override
    public int inputSize() {
        return inputSize;
    }

    @Override
    public Session open(float[] queryDescriptor, OcclusionInput result, DescriptorDistance distance, int batchSize) {
        float[] resultDescriptor = embedder.embed(List.of(result.image())).get(0);
        double base = distance.between(queryDescriptor, resultDescriptor);
        return new Session() {
            @Override
            public double baseDistance() {
                return base;
            }

            @Override
            public float[] occludedDistances(List<Window> windows) {
                float[] distances = new float[windows.size()];
                for (int from = 0; from < windows.size(); from += batchSize) {
                    List<BufferedImage> batch = windows.subList(from, Math.min(windows.size(), from + batchSize))
                            .stream().map(result::occluded).toList();
                    List<float[]> descriptors = embedder.embed(batch);
                    for (int i = 0; i < descriptors.size(); i++) {
                        distances[from + i] = (float) distance.between(queryDescriptor, descriptors.get(i));
                    }
                }
                return distances;
            }

            @Override
            public void close() {
                // nothing cached beyond the two descriptors
            }
        };
    }
}
