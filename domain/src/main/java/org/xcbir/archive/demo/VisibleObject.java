package org.xcbir.archive.demo;

import org.xcbir.archive.BoundingBox;

/** A drawn object with what remains visible of it: box and pixel count of its visible mask. */
record VisibleObject(PlacedObject object, BoundingBox visibleBox, int visiblePixels) {
}
