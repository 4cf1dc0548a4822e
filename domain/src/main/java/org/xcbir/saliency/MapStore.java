package org.xcbir.saliency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The persistent cache of computed maps: one small file per {@link MapKey} under
 * {@code root/model/configuration/query/image.sbsm}. A map is written to a temporary file and moved into place,
 * so a reader never sees half a map and a crash leaves at most a stray temporary file. A file that cannot be
 * read (damaged disk, older format) counts as absent and is computed again.
 */
public final class MapStore {
    private static final Logger LOG = Logger.getLogger(MapStore.class.getName());
    private static final String SUFFIX = ".sbsm";

    private final Path root;

    public MapStore(Path root) {
        this.root = root;
    }

    public Optional<SaliencyMap> find(MapKey key) {
        Path file = fileOf(key);
        try {
            return Optional.of(SaliencyMap.decoded(Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Unreadable saliency map " + file + ", it will be computed again", e);
            return Optional.empty();
        }
    }

    public boolean contains(MapKey key) {
        return Files.isRegularFile(fileOf(key));
    }

    public void save(MapKey key, SaliencyMap map) {
        Path file = fileOf(key);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), key.imageId() + "-", ".tmp");
            try {
                Files.write(temporary, map.encoded());
                moveIntoPlace(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The saliency map could not be stored under " + root + ": " + e.getMessage(), e);
        }
    }

    /** How many maps are stored. */
    public long count() {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path fileOf(MapKey key) {
        return root.resolve(key.modelId()).resolve(key.configuration()).resolve(key.queryHash())
                .resolve(key.imageId() + SUFFIX);
    }

    private static void moveIntoPlace(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
