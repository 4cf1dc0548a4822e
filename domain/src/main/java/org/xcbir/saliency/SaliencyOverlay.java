package org.xcbir.saliency;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws a saliency map over the result image at the image's native size: the map is normalised by its maximum,
 * values below {@code floor} stay uncoloured (weak evidence should not tint the whole image), the rest is
 * coloured by {@code colourMap} and blended with opacity {@code alpha}. The map covers the whole image because
 * the descriptor's input is the image resized without a letterbox; it is scaled up bilinearly.
 */
public record SaliencyOverlay(ColourMap colourMap, float alpha, float floor) {

    public SaliencyOverlay {
        if (colourMap == null) {
            throw new IllegalArgumentException("a colour map is required");
        }
        if (!(alpha >= 0 && alpha <= 1) || !(floor >= 0 && floor <= 1)) {
            throw new IllegalArgumentException("alpha and floor must be in [0, 1], got " + alpha + " and " + floor);
        }
    }

    /** Jet at half opacity over the whole map. */
    public static SaliencyOverlay defaults() {
        return new SaliencyOverlay(ColourMap.JET, 0.5f, 0f);
    }

    public BufferedImage render(SaliencyMap map, BufferedImage nativeImage) {
        int width = nativeImage.getWidth();
        int height = nativeImage.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(nativeImage, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
            g.drawImage(colouredMap(map), 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    public byte[] png(SaliencyMap map, BufferedImage nativeImage) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(render(map, nativeImage), "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed", e);
        }
        return bytes.toByteArray();
    }

    /** The map at its own size, opaque where coloured and transparent below the floor. */
    private BufferedImage colouredMap(SaliencyMap map) {
        int size = map.size();
        float[] normalised = map.normalised();
        int[] argb = new int[normalised.length];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = normalised[i] < floor ? 0 : 0xFF000000 | colourMap.rgb(normalised[i]);
        }
        BufferedImage coloured = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        coloured.setRGB(0, 0, size, size, argb, 0, size);
        return coloured;
    }
}
