package org.xcbir.archive.demo;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides a scene's objects: how many, which classes, which render, size, turn and place.
 * Objects may overlap (partial occlusion is wanted) but a new object avoids covering most of
 * an earlier one. Returns them in drawing order, farther (higher up) objects first.
 */
final class ScenePlanner {

    /** Busy scenes shrink objects by objectCount^-CROWD_SHRINK so that they still fit. */
    private static final double CROWD_SHRINK = 0.15;
    private static final int POSITION_TRIES = 12;
    /** Largest share of the smaller of two boxes that their overlap may cover, if avoidable. */
    private static final double MAX_BOX_OVERLAP = 0.4;
    /** Share of an object's box that may stick out of the picture on each axis. */
    private static final double MAX_OUTSIDE = 0.15;
    private static final double MIN_LONG_SIDE = 10;

    private final DemoArchiveSettings settings;
    private final SceneClassPicker classPicker;
    private final ObjectSpriteLibrary sprites;

    ScenePlanner(DemoArchiveSettings settings, SceneClassPicker classPicker, ObjectSpriteLibrary sprites) {
        this.settings = settings;
        this.classPicker = classPicker;
        this.sprites = sprites;
    }

    List<PlacedObject> plan(SplittableRandom random) {
        ObjectsPerScene objectsPerScene = settings.objectsPerScene();
        int count = objectsPerScene.sample(random);
        List<DemoObjectClass> classes = classPicker.pick(count, objectsPerScene.busyness(count), random);
        List<PlacedObject> placed = new ArrayList<>(count);
        for (DemoObjectClass objectClass : classes) {
            placed.add(place(objectClass, count, placed, random));
        }
        placed.sort(Comparator.comparingInt(PlacedObject::bottom));
        return placed;
    }

    private PlacedObject place(DemoObjectClass objectClass, int sceneObjectCount, List<PlacedObject> placed,
                               SplittableRandom random) {
        ObjectSizes sizes = settings.objectSizes();
        RenderReference render = objectClass.renders().get(random.nextInt(objectClass.renders().size()));
        int shortSide = Math.min(settings.width(), settings.height());
        double longSide = objectClass.typicalSize() * shortSide * sizes.scale()
                * Math.exp(sizes.spread() * random.nextGaussian())
                * Math.pow(sceneObjectCount, -CROWD_SHRINK);
        longSide = Math.max(MIN_LONG_SIDE, Math.min(shortSide, longSide));
        double radians = Math.toRadians(sizes.maxRotationDegrees() * (2 * random.nextDouble() - 1));
        boolean mirrored = random.nextBoolean();
        double shade = 0.24 * random.nextDouble() - 0.12;
        BufferedImage pixels = SpriteTransformer.draw(sprites.sprite(render), longSide, radians, mirrored, shade);

        int width = pixels.getWidth();
        int height = pixels.getHeight();
        int bestX = 0;
        int bestY = 0;
        double bestOverlap = Double.MAX_VALUE;
        for (int attempt = 0; attempt < POSITION_TRIES && bestOverlap > MAX_BOX_OVERLAP; attempt++) {
            int x = randomStart(settings.width(), width, random);
            int y = randomStart(settings.height(), height, random);
            double overlap = worstOverlap(placed, x, y, width, height);
            if (overlap < bestOverlap) {
                bestOverlap = overlap;
                bestX = x;
                bestY = y;
            }
        }
        return new PlacedObject(objectClass, pixels, bestX, bestY);
    }

    private static int randomStart(int canvasLength, int objectLength, SplittableRandom random) {
        int lowest = (int) Math.round(-MAX_OUTSIDE * objectLength);
        int highest = canvasLength - objectLength - lowest;
        return highest <= lowest ? (canvasLength - objectLength) / 2 : lowest + random.nextInt(highest - lowest + 1);
    }

    private static double worstOverlap(List<PlacedObject> placed, int x, int y, int width, int height) {
        double worst = 0;
        for (PlacedObject other : placed) {
            long smaller = Math.min(other.boxArea(), (long) width * height);
            worst = Math.max(worst, other.boxOverlap(x, y, width, height) / (double) smaller);
        }
        return worst;
    }
}
