package org.xcbir.archive;

/** An axis-aligned box in COCO convention: top-left corner plus width and height, in pixels. */
public record BoundingBox(double x, double y, double width, double height) {

    public double area() {
        return width * height;
    }

    public boolean liesWithin(int imageWidth, int imageHeight) {
        return x >= 0 && y >= 0 && x + width <= imageWidth && y + height <= imageHeight;
    }
}
