package org.xcbir.archive.demo;

import org.xcbir.archive.BoundingBox;

import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Works out which pixels of each object stay visible once all objects are drawn in order, the
 * way COCO's ground truth describes visible extents: an object's mask is its pixels at least
 * half opaque, minus the pixels of objects drawn over it. Objects left mostly hidden (or
 * mostly outside the picture) are dropped from the scene rather than annotated as slivers.
 */
final class OcclusionResolver {

    private static final int OPAQUE_ALPHA = 128;
    private static final double MIN_VISIBLE_SHARE = 0.3;
    private static final int MIN_VISIBLE_PIXELS = 36;

    private OcclusionResolver() {
    }

    /** @return the objects worth keeping, still in drawing order */
    static List<VisibleObject> resolve(List<PlacedObject> drawOrder, int width, int height) {
        List<PlacedObject> kept = new ArrayList<>(drawOrder);
        while (true) {
            Masks masks = Masks.of(kept, width, height);
            List<PlacedObject> worthKeeping = new ArrayList<>();
            for (int k = 0; k < kept.size(); k++) {
                if (masks.visible[k] >= MIN_VISIBLE_PIXELS && masks.visible[k] >= MIN_VISIBLE_SHARE * masks.own[k]) {
                    worthKeeping.add(kept.get(k));
                }
            }
            // Dropping an object only uncovers others, so one more pass settles the result.
            if (worthKeeping.size() == kept.size()) {
                return masks.visibleObjects(kept);
            }
            kept = worthKeeping;
        }
    }

    /** Per object (by drawing index): own opaque pixels in the picture, visible ones and their box. */
    private static final class Masks {
        final int[] own;
        final int[] visible;
        final int[] minX;
        final int[] minY;
        final int[] maxX;
        final int[] maxY;

        private Masks(int objectCount) {
            own = new int[objectCount];
            visible = new int[objectCount];
            minX = new int[objectCount];
            minY = new int[objectCount];
            maxX = new int[objectCount];
            maxY = new int[objectCount];
            Arrays.fill(minX, Integer.MAX_VALUE);
            Arrays.fill(minY, Integer.MAX_VALUE);
            Arrays.fill(maxX, -1);
            Arrays.fill(maxY, -1);
        }

        static Masks of(List<PlacedObject> objects, int width, int height) {
            Masks masks = new Masks(objects.size());
            int[] topmost = new int[width * height]; // drawing index + 1 of the object seen at each pixel
            for (int k = 0; k < objects.size(); k++) {
                PlacedObject object = objects.get(k);
                int[] argb = ((DataBufferInt) object.pixels().getRaster().getDataBuffer()).getData();
                int spriteWidth = object.pixels().getWidth();
                for (int sy = 0; sy < object.pixels().getHeight(); sy++) {
                    int y = object.y() + sy;
                    if (y < 0 || y >= height) {
                        continue;
                    }
                    for (int sx = 0; sx < spriteWidth; sx++) {
                        int x = object.x() + sx;
                        if (x >= 0 && x < width && (argb[sy * spriteWidth + sx] >>> 24) >= OPAQUE_ALPHA) {
                            topmost[y * width + x] = k + 1;
                            masks.own[k]++;
                        }
                    }
                }
            }
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int k = topmost[y * width + x] - 1;
                    if (k >= 0) {
                        masks.visible[k]++;
                        masks.minX[k] = Math.min(masks.minX[k], x);
                        masks.maxX[k] = Math.max(masks.maxX[k], x);
                        masks.minY[k] = Math.min(masks.minY[k], y);
                        masks.maxY[k] = Math.max(masks.maxY[k], y);
                    }
                }
            }
            return masks;
        }

        List<VisibleObject> visibleObjects(List<PlacedObject> objects) {
            List<VisibleObject> result = new ArrayList<>(objects.size());
            for (int k = 0; k < objects.size(); k++) {
                BoundingBox box = new BoundingBox(minX[k], minY[k], maxX[k] - minX[k] + 1, maxY[k] - minY[k] + 1);
                result.add(new VisibleObject(objects.get(k), box, visible[k]));
            }
            return result;
        }
    }
}
