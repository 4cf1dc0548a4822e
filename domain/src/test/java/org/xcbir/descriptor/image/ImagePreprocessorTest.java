package org.xcbir.descriptor.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImagePreprocessorTest {

    @Test
    void scalesChannelsToMinusOneToOneInChwOrder() {
        float[] chw = ImagePreprocessor.toChw(ImageDecoderTest.filled(640, 480, new Color(255, 0, 51)));
        int plane = 300 * 300;
        assertEquals(3 * plane, chw.length);
        assertEquals(1f, chw[0], 1e-6);
        assertEquals(-1f, chw[plane + 12345], 1e-6);
        assertEquals(51 * 2f / 255 - 1, chw[2 * plane + plane - 1], 1e-6);
    }

    @Test
    void resizesLikeTensorFlowLegacyBilinear() {
        // TF ResizeBilinear(align_corners=false) from 4 to 8: source x = out · 0.5, last pixel repeated
        int[] row = {0x000000, 0x646464, 0xC8C8C8, 0x0A0A0A};
        float[] red = InputResize.resize(row, 4, 1, 8, 1)[0];
        assertArrayEquals(new float[] {0, 50, 100, 150, 200, 105, 10, 10}, red, 1e-4f);
    }

    @Test
    void averagesBlocksFirstWhenTheSourceIsFourTimesTheTarget() {
        // 1200 px wide, alternating black/white columns: plain bilinear at stride 4 would hit only black
        // columns (x = 0, 4, 8 …) and return 0; the 2×2 block average first turns them into 127.5
        int[] stripes = new int[1200 * 600];
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = (i % 1200) % 2 == 0 ? 0x000000 : 0xFFFFFF;
        }
        float[] green = InputResize.resize(stripes, 1200, 600, 300, 300)[1];
        assertEquals(127.5f, green[150 * 300 + 150], 1e-3f);
    }

    @Test
    void stacksABatchIntoNchw() {
        try (NDManager manager = NDManager.newBaseManager()) {
            List<BufferedImage> images = List.of(
                    ImageDecoderTest.filled(10, 20, Color.BLACK), ImageDecoderTest.filled(500, 300, Color.WHITE));
            NDArray batch = ImagePreprocessor.toBatch(manager, images);
            assertEquals(new Shape(2, 3, 300, 300), batch.getShape());
            assertEquals(-1f, batch.get(0).max().getFloat());
            assertEquals(1f, batch.get(1).min().getFloat());
        }
    }
}
