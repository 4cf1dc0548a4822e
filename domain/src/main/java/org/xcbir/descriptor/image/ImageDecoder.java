package org.xcbir.descriptor.image;

import static org.xcbir.descriptor.image.InvalidImageException.Problem.CORRUPT;
import static org.xcbir.descriptor.image.InvalidImageException.Problem.EMPTY;
import static org.xcbir.descriptor.image.InvalidImageException.Problem.TOO_LARGE;
import static org.xcbir.descriptor.image.InvalidImageException.Problem.UNKNOWN_FORMAT;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes JPEG (incl. CMYK/YCCK), PNG, GIF, BMP and WebP through ImageIO with the TwelveMonkeys
 * plugins into 8-bit sRGB ({@code TYPE_INT_RGB}). The pixel count is checked from the header
 * before any pixel is decoded, so an oversized image is rejected without allocating it.
 *
 * <p>Transparent pixels are composited over white: that is how a browser shows them on a plain
 * page, so the descriptor sees what a person sees. Grey images become R = G = B.
 */
public final class ImageDecoder {

    /** 50 megapixels: larger than any common camera photo, and decodes within ~400 MB of heap. */
    public static final long DEFAULT_MAX_PIXELS = 50_000_000L;

    private final long maxPixels;

    public ImageDecoder() {
        this(DEFAULT_MAX_PIXELS);
    }

    public ImageDecoder(long maxPixels) {
        if (maxPixels <= 0) {
            throw new IllegalArgumentException("maxPixels must be positive, got " + maxPixels);
        }
        this.maxPixels = maxPixels;
    }

    public BufferedImage decode(Path file) throws IOException {
        if (Files.size(file) == 0) {
            throw new InvalidImageException(EMPTY, file + " is empty (0 bytes): re-upload or re-copy the file");
        }
        try (ImageInputStream input = new FileImageInputStream(file.toFile())) {
            return decode(input, file.toString());
        }
    }

    public BufferedImage decode(byte[] bytes, String sourceName) throws IOException {
        if (bytes.length == 0) {
            throw new InvalidImageException(EMPTY, sourceName + " is empty (0 bytes): re-upload or re-copy the file");
        }
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            return decode(input, sourceName);
        }
    }

    private BufferedImage decode(ImageInputStream input, String source) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        if (!readers.hasNext()) {
            throw new InvalidImageException(UNKNOWN_FORMAT, source
                    + " is not an image in a supported format (JPEG, PNG, GIF, BMP, WebP); check the file type");
        }
        ImageReader reader = readers.next();
        try {
            reader.setInput(input, true, true);
            String format = reader.getFormatName().toUpperCase();
            checkSize(source, format, reader);
            TruncationListener truncation = new TruncationListener();
            reader.addIIOReadWarningListener(truncation);
            BufferedImage decoded = reader.read(0);
            if (truncation.message != null) {
                throw new InvalidImageException(CORRUPT, source + " is a truncated " + format + " ("
                        + truncation.message + "): the file was cut off, re-copy or re-download it");
            }
            return toRgb(decoded);
        } catch (InvalidImageException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Decoders report damaged data as IIOException, EOFException or unchecked exceptions alike.
            throw new InvalidImageException(CORRUPT, source + " is damaged and cannot be decoded as "
                    + reader.getFormatName().toUpperCase() + " (" + e + "): re-copy or re-export the file", e);
        } finally {
            reader.dispose();
        }
    }

    private void checkSize(String source, String format, ImageReader reader) throws IOException {
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
            throw new InvalidImageException(CORRUPT, source + " declares an empty " + width + "×" + height + " image");
        }
        if (width * height > maxPixels) {
            throw new InvalidImageException(TOO_LARGE, String.format(
                    "%s is a %d×%d %s (%.1f megapixels), above the limit of %.1f megapixels: "
                            + "downscale the image before uploading, or raise the decoder's pixel limit",
                    source, width, height, format, width * height / 1e6, maxPixels / 1e6));
        }
    }

    /** libjpeg reports a cut-off file only as a warning and fills the rest grey; treat it as an error. */
    private static final class TruncationListener implements IIOReadWarningListener {
        String message;

        @Override
        public void warningOccurred(ImageReader source, String warning) {
            if (message == null && warning.toLowerCase().contains("premature end")) {
                message = warning;
            }
        }
    }

    static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        if (isGrey(image)) {
            copyGrey(image.getRaster(), image.getColorModel().hasAlpha(), rgb);
            return rgb;
        }
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static boolean isGrey(BufferedImage image) {
        return image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY;
    }

    /**
     * Copies grey samples as they are stored. Java2D would treat the linear grey colour space as
     * needing gamma correction and brighten them, unlike browsers and other decoders.
     */
    private static void copyGrey(Raster raster, boolean alpha, BufferedImage rgb) {
        int bits = raster.getSampleModel().getSampleSize(0);
        int max = (1 << bits) - 1;
        for (int y = 0; y < raster.getHeight(); y++) {
            for (int x = 0; x < raster.getWidth(); x++) {
                double grey = raster.getSample(x, y, 0) * 255.0 / max;
                if (alpha) {
                    double a = raster.getSample(x, y, 1) / (double) max;
                    grey = grey * a + 255 * (1 - a);
                }
                int v = (int) Math.round(grey);
                rgb.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }
    }
}
