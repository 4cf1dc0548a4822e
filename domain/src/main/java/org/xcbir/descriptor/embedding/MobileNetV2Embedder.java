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

    public static final String MODEL_ID = modelId(ImagePreprocessor.INPUT_SIZE);

    private final Model model;
    private final int inputSize;

    private MobileNetV2Embedder(Model model, int inputSize) {
        this.model = model;
        this.inputSize = inputSize;
    }

    /** The id of descriptors computed at the given input size: vectors of different sizes must not mix. */
    public static String modelId(int inputSize) {
        return "mobilenetv2-conv1-avgpool-l2/" + CocoSsdModelStore.SOURCE + "/resize" + inputSize + "-tf-bilinear/v1";
    }

    /** The descriptor at the trained input size, 300×300. */
    public static MobileNetV2Embedder load(CocoSsdModelStore store) throws IOException {
        return load(store, ImagePreprocessor.INPUT_SIZE);
    }

    /**
     * The descriptor at another square input size (the backbone is fully convolutional; {@code Conv_1} is then
     * about size/32 on a side). Smaller is faster, larger keeps small objects visible.
     */
    public static MobileNetV2Embedder load(CocoSsdModelStore store, int inputSize) throws IOException {
        if (inputSize < 32 || inputSize > 1024) {
            throw new IllegalArgumentException("descriptor input size must be 32..1024 pixels, not " + inputSize);
        }
        Model model = Model.newInstance("mobilenetv2-descriptor");
        try {
            MobileNetV2Backbone backbone = store.load(model.getNDManager()).backbone();
            model.setBlock(new PooledDescriptorBlock(backbone));
            return new MobileNetV2Embedder(model, inputSize);
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
        return modelId(inputSize);
    }

    @Override
    public void close() {
        model.close();
    }

    private final class DescriptorTranslator implements NoBatchifyTranslator<List<BufferedImage>, List<float[]>> {

        @Override
        public NDList processInput(TranslatorContext ctx, List<BufferedImage> images) {
            return new NDList(ImagePreprocessor.toBatch(ctx.getNDManager(), images, inputSize));
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
