package org.xcbir.saliency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapStoreTest {

    @TempDir
    Path root;

    private static SaliencyMap randomMap(int size, long seed) {
        Random random = new Random(seed);
        float[] values = new float[size * size];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextFloat() * 3;
        }
        return new SaliencyMap(size, values);
    }

    private static MapKey key(long imageId) {
        return MapKey.of("mobilenet", "b50-s25-mean-l2-exact", new float[] {0.25f, 0.5f}, imageId);
    }

    @Test
    void aStoredMapComesBackBitForBit() {
        MapStore store = new MapStore(root);
        SaliencyMap map = randomMap(37, 1);
        store.save(key(7), map);
        assertTrue(store.contains(key(7)));
        assertArrayEquals(map.values(), store.find(key(7)).orElseThrow().values());
        assertTrue(store.find(key(8)).isEmpty());
        assertEquals(1, store.count());
    }

    @Test
    void savingAgainReplacesTheMapAndLeavesNoTemporaryFile() throws IOException {
        MapStore store = new MapStore(root);
        store.save(key(7), randomMap(20, 1));
        SaliencyMap second = randomMap(20, 2);
        store.save(key(7), second);
        assertArrayEquals(second.values(), store.find(key(7)).orElseThrow().values());
        try (Stream<Path> files = Files.walk(root)) {
            List<String> names = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList();
            assertEquals(List.of("7.sbsm"), names);
        }
    }

    @Test
    void aDamagedFileCountsAsAbsent() throws IOException {
        MapStore store = new MapStore(root);
        store.save(key(7), randomMap(20, 1));
        try (Stream<Path> files = Files.walk(root)) {
            Path file = files.filter(Files::isRegularFile).findFirst().orElseThrow();
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        }
        assertTrue(store.find(key(7)).isEmpty());
    }

    @Test
    void decodingRejectsOtherData() {
        assertThrows(IOException.class, () -> SaliencyMap.decoded(new byte[] {1, 2, 3, 4}));
        byte[] encoded = randomMap(4, 1).encoded();
        assertThrows(IOException.class, () -> SaliencyMap.decoded(Arrays.copyOf(encoded, encoded.length / 2)));
    }

    @Test
    void keysFollowTheDescriptorAndRefuseUnsafeParts() {
        assertEquals(MapKey.hash(new float[] {1, 2}), MapKey.hash(new float[] {1, 2}));
        assertNotEquals(MapKey.hash(new float[] {1, 2}), MapKey.hash(new float[] {1, 2.0000002f}));
        assertEquals(32, MapKey.hash(new float[] {1}).length());
        assertThrows(IllegalArgumentException.class, () -> new MapKey("../etc", "c", "q", 1));
        assertThrows(IllegalArgumentException.class, () -> new MapKey("m", "a/b", "q", 1));
        MapKey real = MapKey.of("mobilenetv2-avgpool/coco-ssd@1.0.6/resize300/v1", "b50", new float[] {1}, 3);
        assertTrue(real.modelId().startsWith("mobilenetv2-avgpool_coco-ssd_1.0.6_resize300_v1-"), real.modelId());
        assertNotEquals(MapKey.modelTag("a/b"), MapKey.modelTag("a_b"), "ids that read alike keep apart");
        assertNotEquals(key(1).etag(), key(2).etag());
        assertEquals(key(1).etag(), key(1).etag());
    }

    @Test
    void configurationTagsNameMasksFillDistanceAndMode() {
        SaliencySettings settings = SaliencySettings.defaults();
        assertEquals("b50-s25-mean-l2-exact", MapMode.EXACT.configuration(settings));
        assertEquals("b40-s20-black-cosine-coarse-to-fine", MapMode.COARSE_TO_FINE.configuration(
                settings.withMasks(40, 20).withFill(OcclusionFill.BLACK).withDistance(DescriptorDistance.COSINE)));
        assertEquals(MapMode.COARSE_TO_FINE, MapMode.parse(" Coarse-To-Fine "));
        assertThrows(IllegalArgumentException.class, () -> MapMode.parse("fast"));
        assertFalse(MapMode.EXACT.configuration(settings).equals(MapMode.COARSE_TO_FINE.configuration(settings)));
    }
}
