package org.xcbir.descriptor.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xcbir.descriptor.detection.Detection;
import org.xcbir.descriptor.detection.DetectionSettings;
import org.xcbir.descriptor.detection.Detector;
import org.xcbir.descriptor.embedding.MobileNetV2Embedder;
import org.xcbir.descriptor.image.ImageDecoder;
import org.xcbir.descriptor.image.InvalidImageException;
import org.xcbir.descriptor.weights.CocoSsdModelStore;

/**
 * {@code detect IMG…} prints the top detections per image; {@code embed IMG…} prints each
 * descriptor's dimension, norm and first values. The model cache is {@code -Dxcbir.model.cache}
 * (default ~/.cache/xcbir/model, filled by bin/lib/fetch-model.sh).
 */
public final class DescriptorCli {

    private static final int TOP_DETECTIONS = 10;

    private DescriptorCli() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !List.of("detect", "embed").contains(args[0])) {
            System.err.println("usage: DescriptorCli detect|embed IMAGE...");
            System.exit(2);
        }
        List<Path> files = Arrays.stream(args).skip(1).map(Path::of).toList();
        List<BufferedImage> images;
        try {
            images = decodeAll(files);
        } catch (InvalidImageException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        } catch (IOException e) {
            System.err.println("cannot read " + e.getMessage());
            System.exit(1);
            return;
        }
        CocoSsdModelStore store = CocoSsdModelStore.inCache(modelCache());
        if (args[0].equals("detect")) {
            try (Detector detector = Detector.load(store, DetectionSettings.defaults())) {
                List<List<Detection>> results = detector.detect(images);
                for (int i = 0; i < files.size(); i++) {
                    System.out.println(files.get(i) + " (" + images.get(i).getWidth() + "×" + images.get(i).getHeight() + ")");
                    results.get(i).stream().limit(TOP_DETECTIONS).forEach(d -> System.out.println("  " + d));
                }
            }
        } else {
            try (MobileNetV2Embedder embedder = MobileNetV2Embedder.load(store)) {
                List<float[]> vectors = embedder.embed(images);
                System.out.println("model " + embedder.modelId());
                for (int i = 0; i < files.size(); i++) {
                    float[] v = vectors.get(i);
                    System.out.printf("%s dim=%d norm=%.6f first=%s%n", files.get(i), v.length, norm(v),
                            Arrays.toString(Arrays.copyOf(v, 5)));
                }
            }
        }
    }

    static Path modelCache() {
        return Path.of(System.getProperty("xcbir.model.cache", System.getProperty("user.home") + "/.cache/xcbir/model"));
    }

    static List<BufferedImage> decodeAll(List<Path> files) throws IOException {
        ImageDecoder decoder = new ImageDecoder();
        List<BufferedImage> images = new ArrayList<>();
        for (Path file : files) {
            images.add(decoder.decode(file));
        }
        return images;
    }

    static double norm(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }
}
