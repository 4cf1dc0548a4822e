package org.xcbir.archive.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/** A smooth studio-like backdrop: a linear gradient at any angle, or a radial vignette. */
final class GradientBackground implements BackgroundPainter {

    @Override
    public void paint(BufferedImage canvas, SplittableRandom random) {
        int width = canvas.getWidth();
        int height = canvas.getHeight();
        Color base = RandomColors.muted(random);
        Color[] colors = {RandomColors.near(base, 0.25, random), base, RandomColors.near(base, 0.35, random)};
        float[] stops = {0f, 0.3f + 0.4f * (float) random.nextDouble(), 1f};
        Graphics2D g = canvas.createGraphics();
        if (random.nextBoolean()) {
            double angle = random.nextDouble() * 2 * Math.PI;
            double reach = Math.hypot(width, height) / 2;
            Point2D.Double center = new Point2D.Double(width / 2.0, height / 2.0);
            g.setPaint(new LinearGradientPaint(
                    new Point2D.Double(center.x - Math.cos(angle) * reach, center.y - Math.sin(angle) * reach),
                    new Point2D.Double(center.x + Math.cos(angle) * reach, center.y + Math.sin(angle) * reach),
                    stops, colors));
        } else {
            Point2D.Double focus = new Point2D.Double(width * random.nextDouble(), height * random.nextDouble());
            g.setPaint(new RadialGradientPaint(focus, (float) (Math.max(width, height) * (0.6 + 0.6 * random.nextDouble())),
                    stops, colors, MultipleGradientPaint.CycleMethod.NO_CYCLE));
        }
        g.fillRect(0, 0, width, height);
        g.dispose();
    }
}
