package org.xcbir.archive.demo;

import java.awt.image.BufferedImage;

/**
 * An object instance ready to be drawn: its transformed pixels (premultiplied ARGB) and the
 * canvas position of their top-left corner. Parts may lie outside the canvas.
 */
record PlacedObject(DemoObjectClass objectClass, BufferedImage pixels, int x, int y) {

    int right() {
        return x + pixels.getWidth();
    }

    int bottom() {
        return y + pixels.getHeight();
    }

    /** Area of the intersection of this object's box with the given box; 0 when they are apart. */
    long boxOverlap(int otherX, int otherY, int otherWidth, int otherHeight) {
        long overlapWidth = Math.min(right(), otherX + otherWidth) - (long) Math.max(x, otherX);
        long overlapHeight = Math.min(bottom(), otherY + otherHeight) - (long) Math.max(y, otherY);
        return overlapWidth <= 0 || overlapHeight <= 0 ? 0 : overlapWidth * overlapHeight;
    }

    long boxArea() {
        return (long) pixels.getWidth() * pixels.getHeight();
    }
}
