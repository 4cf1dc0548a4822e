package org.xcbir.archive.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * A room or landscape: wall or sky above a horizon, floor or ground below, the floor with
 * boards or tiles receding in perspective, so objects appear to stand somewhere.
 */
final class HorizonBackground implements BackgroundPainter {

    @Override
    public void paint(BufferedImage canvas, SplittableRandom random) {
        int width = canvas.getWidth();
        int height = canvas.getHeight();
        int horizon = (int) (height * (0.25 + 0.35 * random.nextDouble()));
        Color upper = RandomColors.muted(random);
        Color lower = RandomColors.muted(random);
        Graphics2D g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, RandomColors.near(upper, 0.2, random), 0, horizon, upper));
        g.fillRect(0, 0, width, horizon);
        g.setPaint(new GradientPaint(0, horizon, RandomColors.near(lower, 0.15, random), 0, height,
                RandomColors.near(lower, 0.3, random)));
        g.fillRect(0, horizon, width, height - horizon);

        // Lines converging on a vanishing point on the horizon, plus rows that get closer towards it.
        g.setColor(new Color(0, 0, 0, 20 + random.nextInt(40)));
        double vanishingX = width * random.nextDouble();
        int lines = 6 + random.nextInt(14);
        for (int i = 0; i <= lines; i++) {
            double bottomX = -width + 3.0 * width * i / lines;
            g.drawLine((int) vanishingX, horizon, (int) bottomX, height);
        }
        if (random.nextBoolean()) {
            for (double t = 0.08; t < 1; t *= 1.5) {
                int y = horizon + (int) ((height - horizon) * t);
                g.drawLine(0, y, width, y);
            }
        }
        g.dispose();
    }
}
