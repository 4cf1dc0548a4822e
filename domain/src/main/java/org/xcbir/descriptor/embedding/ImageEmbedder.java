package org.xcbir.descriptor.embedding;

import java.awt.image.BufferedImage;
import java.util.List;

/** Turns images into fixed-length, L2-normalised descriptor vectors. Implementations are thread-safe. */
public interface ImageEmbedder extends AutoCloseable {

    /** One unit vector of {@link #dimension()} floats per image, in input order. */
    List<float[]> embed(List<BufferedImage> images);

    int dimension();

    /** Names model, weights and preprocessing: vectors with different ids must not be compared. */
    String modelId();

    @Override
    void close();
}
