package org.xcbir.descriptor.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * TF Object Detection API's {@code ssd_anchor_generator} (MultipleGridAnchorGenerator) for a
 * square input: per layer a set of (scale, aspect ratio) boxes tiled on the feature-map grid,
 * ordered (y, x, box). Boxes are not clipped, exactly as in the exported graph.
 */
public record SsdAnchorGenerator(
        double minScale,
        double maxScale,
        double[] aspectRatios,
        double interpolatedScaleAspectRatio,
        boolean reduceBoxesInLowestLayer) {

    /** Feature-map sizes of the detector's six layers for a 300×300 input. */
    public static final int[] SSDLITE_300_GRIDS = {19, 10, 5, 3, 2, 1};

    /**
     * The ssdlite_mobilenet_v2_coco pipeline config. Its aspect ratio "1/3" is written 0.3333
     * there, and the anchors baked into the graph match 0.3333, not 1/3.
     */
    public static SsdAnchorGenerator ssdliteMobileNetV2Coco() {
        return new SsdAnchorGenerator(0.2, 0.95, new double[] {1.0, 2.0, 0.5, 3.0, 0.3333}, 1.0, true);
    }

    public List<NormalizedBox> generate(int[] gridSizes) {
        int layers = gridSizes.length;
        List<NormalizedBox> anchors = new ArrayList<>();
        for (int layer = 0; layer < layers; layer++) {
            List<double[]> shapes = boxShapes(layer, layers);
            int grid = gridSizes[layer];
            double stride = 1.0 / grid;
            for (int y = 0; y < grid; y++) {
                for (int x = 0; x < grid; x++) {
                    double cy = (y + 0.5) * stride;
                    double cx = (x + 0.5) * stride;
                    for (double[] hw : shapes) {
                        anchors.add(new NormalizedBox(cy - hw[0] / 2, cx - hw[1] / 2, cy + hw[0] / 2, cx + hw[1] / 2));
                    }
                }
            }
        }
        return anchors;
    }

    /** (height, width) of each box of a layer: scale / √ratio by scale · √ratio. */
    private List<double[]> boxShapes(int layer, int layers) {
        double scale = scale(layer, layers);
        List<double[]> scaleAndRatio = new ArrayList<>();
        if (layer == 0 && reduceBoxesInLowestLayer) {
            scaleAndRatio.add(new double[] {0.1, 1.0});
            scaleAndRatio.add(new double[] {scale, 2.0});
            scaleAndRatio.add(new double[] {scale, 0.5});
        } else {
            for (double ratio : aspectRatios) {
                scaleAndRatio.add(new double[] {scale, ratio});
            }
            if (interpolatedScaleAspectRatio > 0) {
                double next = layer + 1 < layers ? scale(layer + 1, layers) : 1.0;
                scaleAndRatio.add(new double[] {Math.sqrt(scale * next), interpolatedScaleAspectRatio});
            }
        }
        return scaleAndRatio.stream()
                .map(sr -> new double[] {sr[0] / Math.sqrt(sr[1]), sr[0] * Math.sqrt(sr[1])})
                .toList();
    }

    private double scale(int layer, int layers) {
        return minScale + (maxScale - minScale) * layer / (layers - 1);
    }
}
