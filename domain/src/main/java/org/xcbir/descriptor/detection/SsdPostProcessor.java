package org.xcbir.descriptor.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Raw SSD output of one image → detections: sigmoid scores (background column dropped), boxes
 * decoded against the anchors and clipped, per-class NMS, best first, boxes in original pixels.
 * Boxes scale straight to the original size because the image was resized without letterboxing.
 */
public final class SsdPostProcessor {

    private final List<NormalizedBox> anchors;
    private final BoxDecoder decoder;
    private final DetectionSettings settings;

    public SsdPostProcessor(List<NormalizedBox> anchors, BoxDecoder decoder, DetectionSettings settings) {
        this.anchors = List.copyOf(anchors);
        this.decoder = decoder;
        this.settings = settings;
    }

    /**
     * @param boxEncodings anchors × 4 values (ty, tx, th, tw), anchor-major
     * @param classLogits anchors × classes values, column 0 = background
     */
    public List<Detection> process(float[] boxEncodings, float[] classLogits, int imageWidth, int imageHeight) {
        int anchorCount = anchors.size();
        int classes = classLogits.length / anchorCount;
        if (boxEncodings.length != anchorCount * 4 || classLogits.length != anchorCount * classes) {
            throw new IllegalArgumentException("expected " + anchorCount + " anchors, got "
                    + boxEncodings.length / 4 + " box encodings and " + classLogits.length + " logits");
        }
        NormalizedBox[] boxes = new NormalizedBox[anchorCount];
        List<Detection> detections = new ArrayList<>();
        for (int c = 1; c < classes; c++) {
            int cocoId = CocoCategories.idOfClassOutput(c - 1);
            Optional<String> name = CocoCategories.name(cocoId);
            if (name.isEmpty()) {
                continue;
            }
            List<NonMaxSuppression.Candidate> candidates = new ArrayList<>();
            for (int a = 0; a < anchorCount; a++) {
                float score = sigmoid(classLogits[a * classes + c]);
                if (score >= settings.minScore()) {
                    candidates.add(new NonMaxSuppression.Candidate(box(boxes, boxEncodings, a), score));
                }
            }
            for (NonMaxSuppression.Candidate kept :
                    NonMaxSuppression.suppress(candidates, settings.iouThreshold(), settings.maxPerClass())) {
                detections.add(new Detection(
                        cocoId, name.get(), kept.score(), kept.box().toPixels(imageWidth, imageHeight)));
            }
        }
        detections.sort(Comparator.comparingDouble(Detection::score).reversed());
        return detections.size() > settings.maxDetections()
                ? List.copyOf(detections.subList(0, settings.maxDetections()))
                : detections;
    }

    /** Decodes lazily: only anchors that pass the score threshold for some class need a box. */
    private NormalizedBox box(NormalizedBox[] decoded, float[] encodings, int anchor) {
        if (decoded[anchor] == null) {
            int i = anchor * 4;
            decoded[anchor] = decoder
                    .decode(encodings[i], encodings[i + 1], encodings[i + 2], encodings[i + 3], anchors.get(anchor))
                    .clipToImage();
        }
        return decoded[anchor];
    }

    private static float sigmoid(float logit) {
        return (float) (1 / (1 + Math.exp(-logit)));
    }
}
