package org.xcbir.archive.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Paints a scene: backdrop, then each object over a soft contact shadow, farthest first, then a
 * little sensor grain over everything so the composite looks less like clip art.
 */
final class SceneComposer {

    private static final Color[] SHADOW = {new Color(0, 0, 0, 90), new Color(0, 0, 0, 0)};

    private final BackgroundChooser backgrounds;

    SceneComposer(BackgroundChooser backgrounds) {
        this.backgrounds = backgrounds;
    }

    BufferedImage compose(int width, int height, List<VisibleObject> objects, SplittableRandom random) {
        BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        backgrounds.paint(canvas, random);
        Graphics2D g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (VisibleObject visible : objects) {
            PlacedObject object = visible.object();
            drawContactShadow(g, object);
            g.drawImage(object.pixels(), object.x(), object.y(), null);
        }
        g.dispose();
        addGrain(canvas, random);
        return canvas;
    }

    /** A flat dark ellipse under the object's footprint. */
    private static void drawContactShadow(Graphics2D g, PlacedObject object) {
        double width = object.pixels().getWidth();
        double height = object.pixels().getHeight();
        double centerX = object.x() + width / 2;
        double centerY = object.bottom() - height * 0.06;
        double radius = width * 0.45;
        double flatten = Math.max(0.05, height * 0.08 / radius);
        AffineTransform squash = new AffineTransform();
        squash.translate(centerX, centerY);
        squash.scale(1, flatten);
        squash.translate(-centerX, -centerY);
        Point2D.Double center = new Point2D.Double(centerX, centerY);
        g.setPaint(new RadialGradientPaint(center, (float) radius, center, new float[] {0f, 1f}, SHADOW,
                MultipleGradientPaint.CycleMethod.NO_CYCLE, MultipleGradientPaint.ColorSpaceType.SRGB, squash));
        g.fillRect((int) (centerX - radius), (int) (centerY - radius * flatten) - 1,
                (int) (2 * radius) + 1, (int) (2 * radius * flatten) + 2);
    }

    /** Triangular noise in [-7, 7] from two 3-bit fields, ten pixels per random long (cheap). */
    private static void addGrain(BufferedImage canvas, SplittableRandom random) {
        int[] pixels = ((DataBufferInt) canvas.getRaster().getDataBuffer()).getData();
        long bits = 0;
        for (int i = 0; i < pixels.length; i++) {
            if (i % 10 == 0) {
                bits = random.nextLong();
            }
            int noise = (int) (bits & 7) + (int) ((bits >>> 3) & 7) - 7;
            bits >>>= 6;
            int rgb = pixels[i];
            pixels[i] = clamp(((rgb >> 16) & 0xFF) + noise) << 16
                    | clamp(((rgb >> 8) & 0xFF) + noise) << 8
                    | clamp((rgb & 0xFF) + noise);
        }
    }

    private static int clamp(int value) {
        return value < 0 ? 0 : Math.min(255, value);
    }
}
