package org.xcbir.descriptor.embedding;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslateException;
import ai.djl.translate.TranslatorContext;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.xcbir.descriptor.image.ImagePreprocessor;
import org.xcbir.descriptor.nn.MobileNetV2Backbone;
import org.xcbir.descriptor.nn.PooledDescriptorBlock;
import org.xcbir.descriptor.weights.CocoSsdModelStore;

/**
 * The COCO-trained MobileNetV2 descriptor: average-pooled {@code Conv_1} ReLU6 features (1280-d),
 * L2-normalised. One shared DJL model; each call gets its own short-lived predictor, so calls
 * from many threads are safe. Runs on DJL's default device: a GPU when the engine sees one.
 */
public final class MobileNetV2Embedder implements ImageEmbedder {

    public static final String MODEL_ID =
            "mobilenetv2-conv1-avgpool-l2/" + CocoSsdModelStore.SOURCE + "/resize300-tf-bilinear/v1";

    private final Model model;

    private MobileNetV2Embedder(Model model) {
        this.model = model;
    }

    public static MobileNetV2Embedder load(CocoSsdModelStore store) throws IOException {
        Model model = Model.newInstance("mobilenetv2-descriptor");
        try {
            MobileNetV2Backbone backbone = store.load(model.getNDManager()).backbone();
            model.setBlock(new PooledDescriptorBlock(backbone));
            return new MobileNetV2Embedder(model);
        } catch (IOException | RuntimeException e) {
            model.close();
            throw e;
        }
    }

    @Override
    public List<float[]> embed(List<BufferedImage> images) {
        if (images.isEmpty()) {
            return List.of();
        }
        try (Predictor<List<BufferedImage>, List<float[]>> predictor = model.newPredictor(new DescriptorTranslator())) {
            return predictor.predict(images);
        } catch (TranslateException e) {
            throw new IllegalStateException("descriptor inference failed: " + e.getMessage(), e);
        }
    }

    @Override
    public int dimension() {
        return MobileNetV2Backbone.OUTPUT_CHANNELS;
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public void close() {
        model.close();
    }

    private static final class DescriptorTranslator implements NoBatchifyTranslator<List<BufferedImage>, List<float[]>> {

        @Override
        public NDList processInput(TranslatorContext ctx, List<BufferedImage> images) {
            return new NDList(ImagePreprocessor.toBatch(ctx.getNDManager(), images));
        }

        @Override
        public List<float[]> processOutput(TranslatorContext ctx, NDList output) {
            NDArray vectors = output.singletonOrThrow();
            List<float[]> rows = new ArrayList<>();
            for (int i = 0; i < vectors.getShape().get(0); i++) {
                rows.add(vectors.get(i).toFloatArray());
            }
            return rows;
        }
    }
}
