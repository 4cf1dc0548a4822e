package org.xcbir.descriptor;

import java.nio.file.Files;
import java.nio.file.Path;
import org.xcbir.descriptor.weights.CocoSsdModelStore;

/** Locations of the fetched model and photos (Maven fills both caches before the tests run). */
public final class TestFiles {

    private TestFiles() {}

    public static Path modelCache() {
        Path cache = Path.of(System.getProperty("xcbir.model.cache", System.getProperty("user.home") + "/.cache/xcbir/model"));
        if (!Files.isRegularFile(cache.resolve(CocoSsdModelStore.MODEL_DIRECTORY).resolve("model.json"))) {
            throw new IllegalStateException("TF.js model missing in " + cache + ": run bin/fetch-model.sh " + cache);
        }
        return cache;
    }

    public static Path modelJson() {
        return modelCache().resolve(CocoSsdModelStore.MODEL_DIRECTORY).resolve("model.json");
    }

    public static Path photo(String name) {
        Path cache = Path.of(System.getProperty("xcbir.photo.cache", System.getProperty("user.home") + "/.cache/xcbir/photos"));
        Path photo = cache.resolve("photos").resolve(name);
        if (!Files.isRegularFile(photo)) {
            throw new IllegalStateException("test photo " + photo + " missing: run bin/fetch-test-photos.sh " + cache);
        }
        return photo;
    }
}
