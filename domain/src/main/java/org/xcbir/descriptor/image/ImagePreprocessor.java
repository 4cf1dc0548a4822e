package org.xcbir.descriptor.image;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.List;

/**
 * Image → network input: resized to 300×300 ignoring the aspect ratio (no letterbox; see
 * {@link InputResize}) and scaled to x·2/255 − 1. That is what the model was trained with (TF
 * OD API fixed_shape_resizer, the graph's own Preprocessor), so detections and descriptors see
 * objects in their trained shape; a letterbox would shrink objects and add borders the model
 * never saw, and boxes map back to the original by plain scaling.
 */
public final class ImagePreprocessor {

    /** The detector's (and by default the descriptor's) input size. */
    public static final int INPUT_SIZE = 300;

    private ImagePreprocessor() {}

    /** One image as CHW floats in [-1, 1], at the default input size. */
    public static float[] toChw(BufferedImage image) {
        return toChw(image, INPUT_SIZE);
    }

    /** One image as CHW floats in [-1, 1], resized to {@code size}×{@code size}. */
    public static float[] toChw(BufferedImage image, int size) {
        BufferedImage rgb = ImageDecoder.toRgb(image);
        // getDataElements copes with sub-images whose buffer has an offset or a wider stride
        int[] pixels = (int[]) rgb.getRaster().getDataElements(0, 0, rgb.getWidth(), rgb.getHeight(), null);
        float[][] planes = InputResize.resize(pixels, rgb.getWidth(), rgb.getHeight(), size, size);
        int plane = size * size;
        float[] chw = new float[3 * plane];
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < plane; i++) {
                chw[c * plane + i] = planes[c][i] * (2f / 255f) - 1f;
            }
        }
        return chw;
    }

    /** A batch as an NCHW float tensor [N, 3, 300, 300]. */
    public static NDArray toBatch(NDManager manager, List<BufferedImage> images) {
        return toBatch(manager, images, INPUT_SIZE);
    }

    /** A batch as an NCHW float tensor [N, 3, size, size]. */
    public static NDArray toBatch(NDManager manager, List<BufferedImage> images, int size) {
        FloatBuffer data = FloatBuffer.allocate(images.size() * 3 * size * size);
        for (BufferedImage image : images) {
            data.put(toChw(image, size));
        }
        data.flip();
        return manager.create(data, new Shape(images.size(), 3, size, size));
    }
}
