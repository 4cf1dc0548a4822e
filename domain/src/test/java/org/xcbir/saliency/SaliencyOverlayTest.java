package org.xcbir.saliency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SaliencyOverlayTest {

    @Test
    void colourMapEndpointsAreMatplotlibs() {
        assertEquals(0x000080, ColourMap.JET.rgb(0), "jet starts dark blue");
        assertEquals(0x800000, ColourMap.JET.rgb(1), "jet ends dark red");
        assertEquals(0x7BFF7B, ColourMap.JET.rgb(0.5), "jet's middle: red and blue both 0.16/0.31 from their breakpoints");
        assertEquals(0x440154, ColourMap.VIRIDIS.rgb(0), "viridis starts dark purple");
        assertEquals(0xFDE725, ColourMap.VIRIDIS.rgb(1), "viridis ends yellow");
        assertEquals(ColourMap.VIRIDIS.rgb(1), ColourMap.VIRIDIS.rgb(7), "values are clamped");
        assertClose(0x21918C, ColourMap.VIRIDIS.rgb(0.5));
    }

    @Test
    void isDrawnAtTheNativeSizeOfTheResult() throws IOException {
        BufferedImage photo = grey(640, 427);
        SaliencyMap map = new SaliencyMap(300, ramp(300));
        BufferedImage overlay = SaliencyOverlay.defaults().render(map, photo);
        assertEquals(640, overlay.getWidth());
        assertEquals(427, overlay.getHeight());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(SaliencyOverlay.defaults().png(map, photo)));
        assertEquals(640, decoded.getWidth());
        assertEquals(427, decoded.getHeight());
    }

    @Test
    void opaqueOverlayShowsTheColourOfTheNormalisedValue() {
        float[] values = new float[300 * 300];
        java.util.Arrays.fill(values, 0.3f); // constant map: normalised to 1 everywhere
        BufferedImage overlay = new SaliencyOverlay(ColourMap.VIRIDIS, 1f, 0f).render(new SaliencyMap(300, values), grey(90, 60));
        assertEquals(0xFDE725, overlay.getRGB(45, 30) & 0xFFFFFF);
    }

    @Test
    void valuesBelowTheFloorLeaveTheImageUntouchedAndAlphaBlends() {
        float[] values = new float[300 * 300];
        for (int y = 0; y < 300; y++) {
            for (int x = 150; x < 300; x++) {
                values[y * 300 + x] = 1; // right half salient, left half 0
            }
        }
        SaliencyMap map = new SaliencyMap(300, values);
        BufferedImage photo = grey(600, 300);
        BufferedImage floored = new SaliencyOverlay(ColourMap.JET, 1f, 0.2f).render(map, photo);
        assertEquals(0x808080, floored.getRGB(100, 150) & 0xFFFFFF, "below the floor: the photo");
        assertEquals(0x800000, floored.getRGB(500, 150) & 0xFFFFFF, "above: the colour");
        BufferedImage half = new SaliencyOverlay(ColourMap.JET, 0.5f, 0f).render(map, photo);
        assertClose(0x804040, half.getRGB(500, 150) & 0xFFFFFF); // (128,0,0)/2 + (128,128,128)/2
    }

    @Test
    void rejectsAlphaOrFloorOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new SaliencyOverlay(ColourMap.JET, 1.5f, 0f));
        assertThrows(IllegalArgumentException.class, () -> new SaliencyOverlay(ColourMap.JET, 0.5f, -0.1f));
    }

    private static void assertClose(int expected, int actual) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = (expected >> shift) & 0xFF;
            int a = (actual >> shift) & 0xFF;
            assertEquals(e, a, 1, "channel at bit " + shift + " of " + Integer.toHexString(actual));
        }
    }

    private static float[] ramp(int size) {
        float[] values = new float[size * size];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i % size) / (float) size;
        }
        return values;
    }

    private static BufferedImage grey(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, 0x808080);
            }
        }
        return image;
    }
}
