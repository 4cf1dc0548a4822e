package org.xcbir.study.simulation;

import java.util.List;
import org.xcbir.archive.BoundingBox;

/**
 * Where the task's target class is in one archive image: the boxes of its instances (COCO convention, image pixels)
 * and the image's size, so that a saliency map, which covers the whole image, can be compared with them.
 */
public record TargetInstances(int imageWidth, int imageHeight, List<BoundingBox> boxes) {

    public TargetInstances {
        if (imageWidth < 1 || imageHeight < 1) {
            throw new IllegalArgumentException("an image needs a positive size, not " + imageWidth + "×" + imageHeight);
        }
        boxes = List.copyOf(boxes);
        if (boxes.isEmpty()) {
            throw new IllegalArgumentException("an image with the target class has at least one instance box");
        }
    }
}
