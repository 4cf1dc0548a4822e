package org.xcbir.archive;

/** One archive image as listed in a COCO instances file; {@code fileName} is relative to the image folder. */
public record CocoImage(long id, String fileName, int width, int height) {
}
