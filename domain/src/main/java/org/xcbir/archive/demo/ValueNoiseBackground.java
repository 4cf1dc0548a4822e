package org.xcbir.archive.demo;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * A cloudy, organic texture (foliage, stone, fabric at a distance): coarse-to-fine grids of
 * random colours, each enlarged with bilinear smoothing and laid over the previous ones.
 */
final class ValueNoiseBackground implements BackgroundPainter {

    private static final int OCTAVES = 4;

    @Override
    public void paint(BufferedImage canvas, SplittableRandom random) {
        Color dark = RandomColors.muted(random);
        Color light = RandomColors.near(dark, 0.4, random);
        int cellsAcross = 3 + random.nextInt(4);
        Graphics2D g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        for (int octave = 0; octave < OCTAVES; octave++) {
            int across = cellsAcross << octave;
            int down = Math.max(2, across * canvas.getHeight() / canvas.getWidth());
            BufferedImage grid = new BufferedImage(across, down, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < down; y++) {
                for (int x = 0; x < across; x++) {
                    grid.setRGB(x, y, mix(dark, light, random.nextDouble()));
                }
            }
            // Each finer octave contributes less, so large shapes dominate and details add grain.
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, octave == 0 ? 1f : 0.55f / octave));
            g.drawImage(grid, 0, 0, canvas.getWidth(), canvas.getHeight(), null);
        }
        g.dispose();
    }

    private static int mix(Color a, Color b, double t) {
        int red = (int) (a.getRed() + (b.getRed() - a.getRed()) * t);
        int green = (int) (a.getGreen() + (b.getGreen() - a.getGreen()) * t);
        int blue = (int) (a.getBlue() + (b.getBlue() - a.getBlue()) * t);
        return red << 16 | green << 8 | blue;
    }
}
