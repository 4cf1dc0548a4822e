package org.xcbir.archive.demo;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/** Picks and paints one backdrop per scene; with a photo folder, half of the scenes use a photo. */
final class BackgroundChooser {

    private static final double PHOTO_SHARE = 0.5;

    private final List<BackgroundPainter> procedural = List.of(
            new GradientBackground(), new ValueNoiseBackground(), new PatternBackground(), new HorizonBackground());
    private final Optional<PhotoBackground> photos;

    BackgroundChooser(Optional<PhotoBackground> photos) {
        this.photos = photos;
    }

    void paint(BufferedImage canvas, SplittableRandom random) {
        if (photos.isPresent() && random.nextDouble() < PHOTO_SHARE) {
            photos.get().paint(canvas, random);
        } else {
            procedural.get(random.nextInt(procedural.size())).paint(canvas, random);
        }
    }
}
