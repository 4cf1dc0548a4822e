package org.xcbir.descriptor;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xcbir.descriptor.image.ImageDecoder;
import org.xcbir.descriptor.image.InvalidImageException;

/** Image bytes → descriptor vector, with the decoder's size limits in front of the model. */
@Stateless
public class DescriptorService {

    @Inject
    private ModelRuntime model;

    @Inject
    @ConfigProperty(name = "xcbir.image.max-pixels", defaultValue = "50000000")
    long maxPixels;

    /**
     * The L2-normalised descriptor of one encoded image (JPEG, PNG, WebP, …).
     *
     * @throws InvalidImageException for empty, corrupt, unknown or too large images, with a message for a person
     */
    public float[] describe(byte[] encodedImage, String sourceName) throws InvalidImageException {
        BufferedImage image = decode(encodedImage, sourceName);
        return model.embedder().embed(List.of(image)).get(0);
    }

    public int dimension() {
        return model.embedder().dimension();
    }

    public String modelId() {
        return model.embedder().modelId();
    }

    private BufferedImage decode(byte[] encodedImage, String sourceName) throws InvalidImageException {
        try {
            return new ImageDecoder(maxPixels).decode(encodedImage, sourceName);
        } catch (InvalidImageException e) {
            throw e;
        } catch (IOException e) {
            throw new InvalidImageException(InvalidImageException.Problem.CORRUPT,
                    sourceName + " could not be read as an image: " + e.getMessage(), e);
        }
    }
}
