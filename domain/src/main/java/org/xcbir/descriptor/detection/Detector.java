package org.xcbir.descriptor.detection;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslateException;
import ai.djl.translate.TranslatorContext;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.xcbir.descriptor.image.ImagePreprocessor;
import org.xcbir.descriptor.weights.CocoSsdModelStore;

/**
 * The full COCO SSDLite-MobileNetV2 detector. Mainly a proof that the imported backbone is right
 * (it shares every backbone weight with the descriptor); thread-safe like the embedder.
 */
public final class Detector implements AutoCloseable {

    private final Model model;
    private final SsdPostProcessor postProcessor;

    private Detector(Model model, SsdPostProcessor postProcessor) {
        this.model = model;
        this.postProcessor = postProcessor;
    }

    public static Detector load(CocoSsdModelStore store, DetectionSettings settings) throws IOException {
        Model model = Model.newInstance("ssdlite-mobilenetv2-coco");
        try {
            model.setBlock(store.load(model.getNDManager()));
        } catch (IOException | RuntimeException e) {
            model.close();
            throw e;
        }
        List<NormalizedBox> anchors =
                SsdAnchorGenerator.ssdliteMobileNetV2Coco().generate(SsdAnchorGenerator.SSDLITE_300_GRIDS);
        return new Detector(model, new SsdPostProcessor(anchors, BoxDecoder.ssdDefault(), settings));
    }

    /** Detections per image, best first, boxes in each image's own pixels. */
    public List<List<Detection>> detect(List<BufferedImage> images) {
        if (images.isEmpty()) {
            return List.of();
        }
        try (Predictor<List<BufferedImage>, List<List<Detection>>> predictor =
                model.newPredictor(new DetectionTranslator())) {
            return predictor.predict(images);
        } catch (TranslateException e) {
            throw new IllegalStateException("detection inference failed: " + e.getMessage(), e);
        }
    }

    public List<Detection> detect(BufferedImage image) {
        return detect(List.of(image)).get(0);
    }

    @Override
    public void close() {
        model.close();
    }

    private final class DetectionTranslator
            implements NoBatchifyTranslator<List<BufferedImage>, List<List<Detection>>> {

        private List<BufferedImage> images;

        @Override
        public NDList processInput(TranslatorContext ctx, List<BufferedImage> input) {
            images = input;
            return new NDList(ImagePreprocessor.toBatch(ctx.getNDManager(), input));
        }

        @Override
        public List<List<Detection>> processOutput(TranslatorContext ctx, NDList output) {
            List<List<Detection>> perImage = new ArrayList<>();
            for (int i = 0; i < images.size(); i++) {
                BufferedImage image = images.get(i);
                perImage.add(postProcessor.process(
                        output.get(0).get(i).toFloatArray(),
                        output.get(1).get(i).toFloatArray(),
                        image.getWidth(),
                        image.getHeight()));
            }
            return perImage;
        }
    }
}
