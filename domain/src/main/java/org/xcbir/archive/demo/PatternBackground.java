package org.xcbir.archive.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/** A man-made surface: stripes, a checkerboard or tiles with grout, slightly turned. */
final class PatternBackground implements BackgroundPainter {

    @Override
    public void paint(BufferedImage canvas, SplittableRandom random) {
        int width = canvas.getWidth();
        int height = canvas.getHeight();
        Color first = RandomColors.muted(random);
        Color second = RandomColors.near(first, 0.2, random);
        int cell = 16 + random.nextInt(64);
        int reach = (int) Math.hypot(width, height);
        Graphics2D g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.rotate(Math.toRadians(30 * (2 * random.nextDouble() - 1)), width / 2.0, height / 2.0);
        g.setColor(first);
        g.fillRect(-reach, -reach, 3 * reach, 3 * reach);
        g.setColor(second);
        switch (random.nextInt(3)) {
            case 0 -> {
                for (int x = -reach; x < 2 * reach; x += 2 * cell) {
                    g.fillRect(x, -reach, cell, 3 * reach);
                }
            }
            case 1 -> {
                for (int y = -reach; y < 2 * reach; y += cell) {
                    for (int x = -reach + (Math.floorMod(y / cell, 2)) * cell; x < 2 * reach; x += 2 * cell) {
                        g.fillRect(x, y, cell, cell);
                    }
                }
            }
            default -> {
                int grout = Math.max(1, cell / 12);
                for (int y = -reach; y < 2 * reach; y += cell) {
                    g.fillRect(-reach, y, 3 * reach, grout);
                }
                for (int x = -reach; x < 2 * reach; x += cell) {
                    g.fillRect(x, -reach, grout, 3 * reach);
                }
            }
        }
        g.dispose();
    }
}
