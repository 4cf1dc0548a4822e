package org.xcbir.saliency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xcbir.descriptor.SharedModels;
import org.xcbir.descriptor.TestFiles;
import org.xcbir.descriptor.image.ImageDecoder;
import org.xcbir.descriptor.weights.CocoSsdModelStore;

/** The incremental engine against the black box on real photos: the same map up to float rounding. */
class IncrementalMobileNetEngineTest {

    private static IncrementalMobileNetEngine incremental;
    private static EmbedderOcclusionEngine reference;
    private static float[] query;

    @BeforeAll
    static void load() throws IOException {
        incremental = IncrementalMobileNetEngine.load(CocoSsdModelStore.inCache(TestFiles.modelCache()));
        reference = new EmbedderOcclusionEngine(SharedModels.embedder(), 300);
        query = SharedModels.embedder().embed(List.of(photo("grace_hopper.jpg"))).get(0);
    }

    @AfterAll
    static void close() {
        incremental.close();
    }

    /** Each configuration has windows flush with the border; odd sizes; one with gaps (stride > block). */
    static Stream<Arguments> configurations() {
        SaliencySettings base = SaliencySettings.defaults();
        return Stream.of(
                Arguments.of("dog.jpg", base.withMasks(75, 75).withFill(OcclusionFill.BLACK)),
                Arguments.of("astronaut.png", base.withMasks(61, 47).withFill(OcclusionFill.MEAN)),
                Arguments.of("horses.jpg", base.withMasks(37, 89).withFill(OcclusionFill.BLUR)
                        .withDistance(DescriptorDistance.COSINE)),
                Arguments.of("dog.jpg", base.withMasks(23, 31)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("configurations")
    void givesTheBlackBoxMapUpToRounding(String photo, SaliencySettings settings) throws IOException {
        BufferedImage result = photo(photo);
        SaliencyMap expected = new SaliencyExplainer(reference, settings).explain(query, result);
        SaliencyMap actual = new SaliencyExplainer(incremental, settings).explain(query, result);
        assertTrue(expected.max() > 0, "occlusion must move the descriptor");
        float difference = expected.maxAbsDifference(actual);
        assertTrue(difference <= 1e-4f * expected.max(), "max |Δ| " + difference + " vs map max " + expected.max());
        assertEquals(expected.max(), actual.max(), 1e-4f * expected.max());
    }

    private static BufferedImage photo(String name) {
        try {
            return new ImageDecoder().decode(TestFiles.photo(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
