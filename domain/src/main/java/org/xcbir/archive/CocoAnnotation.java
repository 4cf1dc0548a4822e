package org.xcbir.archive;

/**
 * One object instance in one image. {@code area} is the area of the instance's segmentation
 * (its visible pixels), not of its box; {@code crowd} marks COCO's "iscrowd" group regions.
 */
public record CocoAnnotation(long id, long imageId, int categoryId, BoundingBox bbox, double area, boolean crowd) {
}
