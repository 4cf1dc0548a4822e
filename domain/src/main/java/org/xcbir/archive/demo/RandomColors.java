package org.xcbir.archive.demo;

import java.awt.Color;
import java.util.SplittableRandom;

/** Colours for backdrops: muted enough that the objects stand out, as in everyday photos. */
final class RandomColors {

    private RandomColors() {
    }

    static Color muted(SplittableRandom random) {
        return Color.getHSBColor((float) random.nextDouble(), (float) (0.05 + 0.5 * random.nextDouble()),
                (float) (0.3 + 0.65 * random.nextDouble()));
    }

    /** A colour of similar hue, lighter or darker by up to {@code maxShift} of full brightness. */
    static Color near(Color color, double maxShift, SplittableRandom random) {
        float[] hsb = Color.RGBtoHSB(color.getRed(), color.getGreen(), color.getBlue(), null);
        float hue = hsb[0] + (float) (0.08 * (random.nextDouble() - 0.5));
        float brightness = clamp(hsb[2] + (float) (maxShift * (2 * random.nextDouble() - 1)));
        return Color.getHSBColor(hue, hsb[1], brightness);
    }

    private static float clamp(float value) {
        return Math.max(0, Math.min(1, value));
    }
}
