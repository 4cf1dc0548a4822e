package org.xcbir.descriptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.xcbir.descriptor.detection.DetectionSettings;
import org.xcbir.descriptor.detection.Detector;
import org.xcbir.descriptor.embedding.MobileNetV2Embedder;
import org.xcbir.descriptor.weights.CocoSsdModelStore;

/** One detector and one embedder for all test classes; they live until the test JVM exits. */
public final class SharedModels {

    private static Detector detector;
    private static MobileNetV2Embedder embedder;

    private SharedModels() {}

    public static synchronized Detector detector() {
        if (detector == null) {
            try {
                detector = Detector.load(store(), DetectionSettings.defaults());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return detector;
    }

    public static synchronized MobileNetV2Embedder embedder() {
        if (embedder == null) {
            try {
                embedder = MobileNetV2Embedder.load(store());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return embedder;
    }

    private static CocoSsdModelStore store() {
        return CocoSsdModelStore.inCache(TestFiles.modelCache());
    }
}
