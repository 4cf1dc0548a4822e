package org.xcbir.descriptor.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xcbir.descriptor.SharedModels;
import org.xcbir.descriptor.TestFiles;
import org.xcbir.descriptor.image.ImageDecoder;

class MobileNetV2EmbedderTest {

    private static final List<String> PHOTOS = List.of("dog.jpg", "horses.jpg", "giraffe.jpg", "person.jpg",
            "eagle.jpg", "kite.jpg", "chelsea.png", "astronaut.png", "coffee.png", "grace_hopper.jpg");
    private static final Map<String, BufferedImage> IMAGES = new LinkedHashMap<>();

    @BeforeAll
    static void decode() throws IOException {
        ImageDecoder decoder = new ImageDecoder();
        for (String photo : PHOTOS) {
            IMAGES.put(photo, decoder.decode(TestFiles.photo(photo)));
        }
    }

    @Test
    void givesOneUnitVectorOf1280FloatsPerImage() {
        ImageEmbedder embedder = SharedModels.embedder();
        List<float[]> vectors = embedder.embed(List.copyOf(IMAGES.values()));
        assertEquals(PHOTOS.size(), vectors.size());
        assertEquals(1280, embedder.dimension());
        for (float[] v : vectors) {
            assertEquals(1280, v.length);
            assertEquals(1.0, norm(v), 1e-5);
            assertTrue(min(v) >= 0, "average of ReLU6 outputs cannot be negative");
        }
        assertTrue(distance(vectors.get(0), vectors.get(1)) > 0.1, "different photos, different vectors");
    }

    @Test
    void isBitwiseDeterministicOnCpuAcrossCallsAndThreads() throws Exception {
        List<BufferedImage> batch = List.of(IMAGES.get("dog.jpg"), IMAGES.get("chelsea.png"), IMAGES.get("kite.jpg"));
        ImageEmbedder embedder = SharedModels.embedder();
        List<float[]> reference = embedder.embed(batch);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<float[]>>> futures = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                futures.add(pool.submit(() -> embedder.embed(batch)));
            }
            for (Future<List<float[]>> future : futures) {
                List<float[]> again = future.get();
                for (int i = 0; i < batch.size(); i++) {
                    assertArrayEquals(reference.get(i), again.get(i));
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void batchingChangesAVectorAtMostByRounding() {
        ImageEmbedder embedder = SharedModels.embedder();
        float[] alone = embedder.embed(List.of(IMAGES.get("eagle.jpg"))).get(0);
        float[] inBatch = embedder.embed(List.of(IMAGES.get("dog.jpg"), IMAGES.get("eagle.jpg"))).get(1);
        assertTrue(distance(alone, inBatch) < 1e-5, "distance " + distance(alone, inBatch));
    }

    @Test
    void anotherInputSizeGivesItsOwnUnitVectorsAndModelId() throws IOException {
        try (MobileNetV2Embedder small = MobileNetV2Embedder.load(
                org.xcbir.descriptor.weights.CocoSsdModelStore.inCache(org.xcbir.descriptor.TestFiles.modelCache()), 224)) {
            float[] at224 = small.embed(List.of(IMAGES.get("dog.jpg"))).get(0);
            float[] at300 = SharedModels.embedder().embed(List.of(IMAGES.get("dog.jpg"))).get(0);
            assertEquals(1280, at224.length);
            assertEquals(1.0, norm(at224), 1e-4);
            assertTrue(distance(at224, at300) > 1e-3, "a different input size changes the vector");
            assertTrue(small.modelId().contains("resize224"), small.modelId());
            assertTrue(!small.modelId().equals(SharedModels.embedder().modelId()));
        }
    }

    @Test
    void nearestNeighboursShareTheMainSubject() {
        List<float[]> vectors = SharedModels.embedder().embed(List.copyOf(IMAGES.values()));
        // the two portraits of a person are each other's nearest neighbours among all ten photos
        assertEquals("astronaut.png", nearest("grace_hopper.jpg", vectors));
        assertEquals("grace_hopper.jpg", nearest("astronaut.png", vectors));
        // the horse photo is nearest to the other photo with a horse (person.jpg: woman, dog, horse)
        assertEquals("person.jpg", nearest("horses.jpg", vectors));
    }

    private static String nearest(String photo, List<float[]> vectors) {
        float[] query = vectors.get(PHOTOS.indexOf(photo));
        return PHOTOS.stream().filter(p -> !p.equals(photo))
                .min(Comparator.comparingDouble(p -> distance(query, vectors.get(PHOTOS.indexOf(p)))))
                .orElseThrow();
    }

    private static double distance(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(sum);
    }

    private static double norm(float[] v) {
        return distance(v, new float[v.length]);
    }

    private static float min(float[] v) {
        float m = Float.MAX_VALUE;
        for (float x : v) {
            m = Math.min(m, x);
        }
        return m;
    }
}
