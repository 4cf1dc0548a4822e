package org.xcbir.archive.demo;

import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/** Fills a whole canvas with one kind of backdrop; all choices come from the given random source. */
interface BackgroundPainter {

    void paint(BufferedImage canvas, SplittableRandom random);
}
