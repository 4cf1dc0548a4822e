package org.xcbir.descriptor.detection;

/**
 * Post-processing knobs; the defaults are the ssdlite_mobilenet_v2_coco pipeline config's
 * batch_non_max_suppression values (score 0.3, IoU 0.6, 100 per class, 100 in total).
 */
public record DetectionSettings(double minScore, double iouThreshold, int maxPerClass, int maxDetections) {

    public static DetectionSettings defaults() {
        return new DetectionSettings(0.3, 0.6, 100, 100);
    }
}
