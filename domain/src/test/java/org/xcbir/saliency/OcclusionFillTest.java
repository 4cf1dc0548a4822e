package org.xcbir.saliency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.xcbir.descriptor.image.ImagePreprocessor;

class OcclusionFillTest {

    @Test
    void blackReplacesOnlyTheWindow() {
        OcclusionInput input = OcclusionInput.of(halves(300), 300, OcclusionFill.BLACK);
        BufferedImage occluded = input.occluded(new Window(10, 20, 30));
        assertEquals(0x000000, rgb(occluded, 10, 20));
        assertEquals(0x000000, rgb(occluded, 39, 49));
        assertEquals(0xFF0000, rgb(occluded, 40, 49), "the row below the window is untouched");
        assertEquals(0xFF0000, rgb(occluded, 39, 50), "the column right of the window is untouched");
        assertEquals(0xFF0000, rgb(input.image(), 10, 20), "the input itself is not modified");
    }

    @Test
    void meanIsThePerChannelMeanOfTheImage() {
        // left half red, right half blue → (127.5, 0, 127.5), rounded
        BufferedImage fill = OcclusionFill.MEAN.fillFor(halves(300));
        assertEquals(0x800080, rgb(fill, 0, 0));
        assertEquals(0x800080, rgb(fill, 299, 299));
    }

    @Test
    void blurSmoothsEdgesAndKeepsFlatAreasAndBorders() {
        BufferedImage fill = OcclusionFill.BLUR.fillFor(halves(300));
        // ConvolveOp truncates to 8 bits after each of the two passes: up to 2 levels below the true value
        assertColour(0xFF0000, rgb(fill, 0, 0), "edge extension: a flat border stays its colour");
        assertColour(0x0000FF, rgb(fill, 299, 299), "edge extension");
        int atEdge = rgb(fill, 150, 149);
        int red = (atEdge >> 16) & 0xFF;
        int blue = atEdge & 0xFF;
        assertTrue(red > 60 && red < 200 && blue > 60 && blue < 200, "the red/blue edge is blended: " + Integer.toHexString(atEdge));
        assertColour(0xFF0000, rgb(fill, 150, 100), "flat far from the edge (> 3σ)");
    }

    @Test
    void inputIsTheNetworkInputRoundedTo8BitsSoAnEmbedderSeesItUnchanged() {
        BufferedImage photo = new BufferedImage(640, 427, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 427; y++) {
            for (int x = 0; x < 640; x++) {
                photo.setRGB(x, y, ((x * 7) % 256) << 16 | ((y * 3) % 256) << 8 | ((x + y) % 256));
            }
        }
        OcclusionInput input = OcclusionInput.of(photo, 300, OcclusionFill.MEAN);
        assertEquals(300, input.size());
        float[] fromPhoto = ImagePreprocessor.toChw(photo, 300);
        float[] fromInput = ImagePreprocessor.toChw(input.image(), 300);
        for (int i = 0; i < fromPhoto.length; i++) {
            assertEquals(fromPhoto[i], fromInput[i], 1f / 255 + 1e-6f, "at most half an 8-bit level apart");
        }
        // the embedder's resize of an input-sized image is the identity: exactly pixel·2/255 − 1
        int rgb = input.image().getRGB(17, 5);
        assertEquals(((rgb >> 16) & 0xFF) * (2f / 255f) - 1f, fromInput[5 * 300 + 17]);
    }

    private static void assertColour(int expected, int actual, String message) {
        for (int shift = 0; shift <= 16; shift += 8) {
            assertEquals((expected >> shift) & 0xFF, (actual >> shift) & 0xFF, 2, message);
        }
    }

    /** Left half red, right half blue. */
    private static BufferedImage halves(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, size / 2, size);
        g.setColor(Color.BLUE);
        g.fillRect(size / 2, 0, size - size / 2, size);
        g.dispose();
        return image;
    }

    private static int rgb(BufferedImage image, int y, int x) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }
}
