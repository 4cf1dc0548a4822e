package org.xcbir.descriptor.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xcbir.descriptor.TestFiles;
import org.xcbir.descriptor.image.InvalidImageException.Problem;

class ImageDecoderTest {

    private final ImageDecoder decoder = new ImageDecoder();

    @Test
    void decodesRealJpegAndPngPhotosToRgb() throws IOException {
        BufferedImage dog = decoder.decode(TestFiles.photo("dog.jpg"));
        assertEquals(768, dog.getWidth());
        assertEquals(576, dog.getHeight());
        assertEquals(BufferedImage.TYPE_INT_RGB, dog.getType());
        BufferedImage cat = decoder.decode(Files.readAllBytes(TestFiles.photo("chelsea.png")), "chelsea.png");
        assertEquals(451, cat.getWidth());
        assertEquals(BufferedImage.TYPE_INT_RGB, cat.getType());
    }

    @Test
    void convertsAdobeCmykJpegToRgb() throws IOException {
        // Adobe CMYK is stored inverted: bytes (255, 0, 0, 255) mean C=0 M=100% Y=100% K=0, i.e. red
        byte[] jpeg = TestImages.markedAsAdobeCmyk(fourChannelJpeg(255, 0, 0, 255));
        int rgb = decoder.decode(jpeg, "cmyk.jpg").getRGB(8, 8);
        Color color = new Color(rgb);
        assertTrue(color.getRed() > 200 && color.getGreen() < 60 && color.getBlue() < 60, "decoded " + color);
    }

    @Test
    void keepsGreyLevelsAsStored() throws IOException {
        BufferedImage grey = new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(1, 1, 0, 128);
        BufferedImage rgb = decoder.decode(png(grey), "grey.png");
        // Java2D's own conversion of linear grey would give 0xBABABA here
        assertEquals(0x808080, rgb.getRGB(1, 1) & 0xFFFFFF);
        assertEquals(0x000000, rgb.getRGB(0, 0) & 0xFFFFFF);
    }

    @Test
    void compositesTransparentPngOverWhite() throws IOException {
        BufferedImage argb = new BufferedImage(3, 1, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(0, 0, 0x00000000); // fully transparent black
        argb.setRGB(1, 0, 0xFFFF0000); // opaque red
        argb.setRGB(2, 0, 0x80000000); // half-transparent black
        BufferedImage rgb = decoder.decode(png(argb), "alpha.png");
        assertEquals(0xFFFFFF, rgb.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0xFF0000, rgb.getRGB(1, 0) & 0xFFFFFF);
        assertEquals(0x7F, rgb.getRGB(2, 0) & 0xFF, 1);
    }

    @Test
    void decodesWebpIncludingAlpha() throws IOException {
        BufferedImage opaque = decoder.decode(TestImages.uniformWebp(7, 5, 255, 200, 30, 10), "opaque.webp");
        assertEquals(7, opaque.getWidth());
        assertEquals(5, opaque.getHeight());
        assertEquals(0xC81E0A, opaque.getRGB(3, 2) & 0xFFFFFF);
        BufferedImage translucent = decoder.decode(TestImages.uniformWebp(2, 2, 128, 0, 0, 0), "alpha.webp");
        assertEquals(0x7F, translucent.getRGB(1, 1) & 0xFF, 1);
    }

    @Test
    void rejectsEmptyFilesAndBytes(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.jpg"));
        InvalidImageException e = assertThrows(InvalidImageException.class, () -> decoder.decode(empty));
        assertEquals(Problem.EMPTY, e.problem());
        assertTrue(e.getMessage().contains("empty (0 bytes)"), e.getMessage());
        assertEquals(Problem.EMPTY,
                assertThrows(InvalidImageException.class, () -> decoder.decode(new byte[0], "x")).problem());
    }

    @Test
    void rejectsFilesThatAreNoImage() {
        InvalidImageException e = assertThrows(InvalidImageException.class,
                () -> decoder.decode("just some text".getBytes(), "notes.txt"));
        assertEquals(Problem.UNKNOWN_FORMAT, e.problem());
        assertTrue(e.getMessage().contains("not an image in a supported format"), e.getMessage());
    }

    @Test
    void rejectsTruncatedJpegInsteadOfReturningAGreyRemainder() throws IOException {
        byte[] dog = Files.readAllBytes(TestFiles.photo("dog.jpg"));
        InvalidImageException e = assertThrows(InvalidImageException.class,
                () -> decoder.decode(Arrays.copyOf(dog, dog.length / 2), "half-dog.jpg"));
        assertEquals(Problem.CORRUPT, e.problem());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void rejectsTruncatedAndDamagedFiles() throws IOException {
        byte[] cat = Files.readAllBytes(TestFiles.photo("chelsea.png"));
        assertEquals(Problem.CORRUPT, assertThrows(InvalidImageException.class,
                () -> decoder.decode(Arrays.copyOf(cat, cat.length / 2), "half-cat.png")).problem());
        byte[] dog = Files.readAllBytes(TestFiles.photo("dog.jpg"));
        assertEquals(Problem.CORRUPT, assertThrows(InvalidImageException.class,
                () -> decoder.decode(Arrays.copyOf(dog, 300), "header-only.jpg")).problem());
        byte[] flipped = dog.clone();
        for (int i = 2000; i < flipped.length; i += 97) {
            flipped[i] ^= 0x5A;
        }
        InvalidImageException e = assertThrows(InvalidImageException.class, () -> decoder.decode(flipped, "bits.jpg"));
        assertEquals(Problem.CORRUPT, e.problem());
        assertTrue(e.getMessage().contains("re-copy"), e.getMessage());
    }

    @Test
    void rejectsA30000x30000ImageFromItsHeaderWithoutAllocatingIt() throws IOException {
        byte[] png = TestImages.pngHeaderOnly(30_000, 30_000);
        byte[] jpeg = TestImages.withJpegSize(Files.readAllBytes(TestFiles.photo("dog.jpg")), 30_000, 30_000);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (byte[] huge : new byte[][] {png, jpeg}) {
            long start = System.nanoTime();
            long allocatedBefore = threads.getThreadAllocatedBytes(thread);
            InvalidImageException e = assertThrows(InvalidImageException.class, () -> decoder.decode(huge, "huge"));
            long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
            long millis = (System.nanoTime() - start) / 1_000_000;
            // decoding would need 900M pixels × 4 bytes = 3.6 GB
            assertTrue(allocated < 20_000_000, "allocated " + allocated + " bytes");
            assertEquals(Problem.TOO_LARGE, e.problem());
            assertTrue(e.getMessage().contains("30000×30000") && e.getMessage().contains("900.0 megapixels")
                    && e.getMessage().contains("limit of 50.0 megapixels"), e.getMessage());
            assertTrue(millis < 1000, "took " + millis + " ms");
        }
    }

    @Test
    void pixelLimitIsConfigurable() throws IOException {
        ImageDecoder small = new ImageDecoder(100_000);
        InvalidImageException e = assertThrows(InvalidImageException.class,
                () -> small.decode(TestFiles.photo("chelsea.png")));
        assertEquals(Problem.TOO_LARGE, e.problem());
        assertTrue(e.getMessage().contains("451×300"), e.getMessage());
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "png", out));
        return out.toByteArray();
    }

    private static byte[] fourChannelJpeg(int c0, int c1, int c2, int c3) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 16, 16, 4, null);
        int[] sample = {c0, c1, c2, c3};
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                raster.setPixel(x, y, sample);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), null);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static BufferedImage filled(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }
}
