package org.xcbir.descriptor.detection;

/**
 * TF's FasterRcnnBoxCoder decode: encodings (ty, tx, th, tw) relative to an anchor, divided by
 * the scale factors (10, 10, 5, 5) the model was trained with.
 */
public record BoxDecoder(double yScale, double xScale, double heightScale, double widthScale) {

    public static BoxDecoder ssdDefault() {
        return new BoxDecoder(10, 10, 5, 5);
    }

    public NormalizedBox decode(float ty, float tx, float th, float tw, NormalizedBox anchor) {
        double anchorCy = (anchor.ymin() + anchor.ymax()) / 2;
        double anchorCx = (anchor.xmin() + anchor.xmax()) / 2;
        double cy = ty / yScale * anchor.height() + anchorCy;
        double cx = tx / xScale * anchor.width() + anchorCx;
        double h = Math.exp(th / heightScale) * anchor.height();
        double w = Math.exp(tw / widthScale) * anchor.width();
        return new NormalizedBox(cy - h / 2, cx - w / 2, cy + h / 2, cx + w / 2);
    }
}
