package org.xcbir.descriptor.detection;

/** A box in TF Object Detection API order and units: corners as fractions of the image size. */
public record NormalizedBox(double ymin, double xmin, double ymax, double xmax) {

    public double height() {
        return ymax - ymin;
    }

    public double width() {
        return xmax - xmin;
    }

    public double area() {
        return Math.max(0, height()) * Math.max(0, width());
    }

    public double intersectionOverUnion(NormalizedBox other) {
        double h = Math.min(ymax, other.ymax) - Math.max(ymin, other.ymin);
        double w = Math.min(xmax, other.xmax) - Math.max(xmin, other.xmin);
        if (h <= 0 || w <= 0) {
            return 0;
        }
        double intersection = h * w;
        return intersection / (area() + other.area() - intersection);
    }

    /** Clipped to the image, as TF's post-processor does before suppression. */
    public NormalizedBox clipToImage() {
        return new NormalizedBox(clamp(ymin), clamp(xmin), clamp(ymax), clamp(xmax));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    public PixelBox toPixels(int imageWidth, int imageHeight) {
        return new PixelBox(xmin * imageWidth, ymin * imageHeight, xmax * imageWidth, ymax * imageHeight);
    }
}
