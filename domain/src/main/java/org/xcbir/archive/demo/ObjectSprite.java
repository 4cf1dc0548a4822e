package org.xcbir.archive.demo;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;

/**
 * An object render trimmed to its opaque pixels, with half-size copies (a mip chain): drawing
 * a 256-pixel render at 30 pixels straight away aliases badly, while scaling the nearest larger
 * copy by at most a factor of two with bilinear filtering stays smooth.
 */
final class ObjectSprite {

    private final List<BufferedImage> levels;

    private ObjectSprite(List<BufferedImage> levels) {
        this.levels = levels;
    }

    /** @param render any image with alpha; transparent margins are trimmed away */
    static ObjectSprite of(BufferedImage render) {
        BufferedImage full = trimToOpaque(premultiplied(render));
        List<BufferedImage> levels = new ArrayList<>();
        levels.add(full);
        BufferedImage level = full;
        while (Math.max(level.getWidth(), level.getHeight()) > 16) {
            level = halve(level);
            levels.add(level);
        }
        return new ObjectSprite(List.copyOf(levels));
    }

    int width() {
        return levels.get(0).getWidth();
    }

    int height() {
        return levels.get(0).getHeight();
    }

    /** The smallest copy whose longer side is still at least {@code longSide} pixels (or the full render). */
    BufferedImage levelFor(double longSide) {
        for (int i = levels.size() - 1; i > 0; i--) {
            BufferedImage level = levels.get(i);
            if (Math.max(level.getWidth(), level.getHeight()) >= longSide) {
                return level;
            }
        }
        return levels.get(0);
    }

    /** @param image premultiplied ARGB backed by its own int array */
    private static BufferedImage trimToOpaque(BufferedImage image) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int minX = image.getWidth();
        int minY = image.getHeight();
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((pixels[y * image.getWidth() + x] >>> 24) > 8) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (maxX < 0) {
            throw new IllegalArgumentException("render has no opaque pixel");
        }
        Rectangle opaque = new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
        return image.getSubimage(opaque.x, opaque.y, opaque.width, opaque.height);
    }

    private static BufferedImage premultiplied(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = copy.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return copy;
    }

    /** Bilinear sampling at exactly half size averages each 2x2 block: a box filter. */
    private static BufferedImage halve(BufferedImage image) {
        int width = Math.max(1, image.getWidth() / 2);
        int height = Math.max(1, image.getHeight() / 2);
        BufferedImage half = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = half.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return half;
    }
}
