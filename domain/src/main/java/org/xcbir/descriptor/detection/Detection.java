package org.xcbir.descriptor.detection;

/** One detected object: COCO category (id as in instances_*.json), sigmoid score, box in pixels. */
public record Detection(int cocoCategoryId, String categoryName, float score, PixelBox box) {

    @Override
    public String toString() {
        return String.format("%s %.3f %s", categoryName, score, box);
    }
}
