package org.xcbir.descriptor.detection;

/** A box in pixels of the original image: x to the right, y down, right/bottom exclusive. */
public record PixelBox(double left, double top, double right, double bottom) {

    public double width() {
        return right - left;
    }

    public double height() {
        return bottom - top;
    }

    @Override
    public String toString() {
        return String.format("[x=%.0f y=%.0f w=%.0f h=%.0f]", left, top, width(), height());
    }
}
