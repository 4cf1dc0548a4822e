package org.xcbir.retrieval;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.xcbir.archive.Archive;
import org.xcbir.archive.ArchiveImage;
import org.xcbir.archive.ArchiveRepository;
import org.xcbir.descriptor.DescriptorService;
import org.xcbir.descriptor.image.InvalidImageException;

/** Query by example over an indexed archive: the archive images nearest to a query image (Elasticsearch kNN). */
@Stateless
public class SimilarImages {
    /** HNSW candidates per shard; more candidates give better recall for a little more time. */
    private static final int CANDIDATES = 200;

    @Inject
    private ArchiveRepository archives;

    @Inject
    private DescriptorService descriptors;

    @Inject
    private VectorIndex vectorIndex;

    public List<Archive> searchableArchives() {
        return archives.findAll().stream().filter(a -> a.getIndexState() == Archive.IndexState.INDEXED).toList();
    }

    /** A random image of the archive, to start from when the person has no query of their own. */
    public long randomImageId(long archiveId) {
        long count = archives.imageCount(archiveId);
        if (count == 0) {
            throw new IllegalArgumentException("The archive has no images.");
        }
        return archives.imageIdAt(archiveId, ThreadLocalRandom.current().nextLong(count));
    }

    /** The {@code k} archive images nearest to one of the archive's images, best first (the image itself first). */
    public List<VectorIndex.Neighbour> nearestTo(long imageId, int k) throws InvalidImageException {
        ArchiveImage image = archives.image(imageId)
                .orElseThrow(() -> new IllegalArgumentException("There is no archive image " + imageId + "."));
        Archive archive = archives.get(image.getArchiveId());
        if (archive.getIndexState() != Archive.IndexState.INDEXED) {
            throw new IllegalArgumentException("Archive '" + archive.getName() + "' is not indexed yet.");
        }
        float[] query = descriptors.describe(read(file(image).orElseThrow(
                () -> new IllegalArgumentException("The query image's file is missing."))), image.getFileName());
        return vectorIndex.nearest(archive.getIndexAlias(), query, k, CANDIDATES);
    }

    /** Where an archive image's file is, if it is still there. */
    public Optional<Path> file(long imageId) {
        return archives.image(imageId).flatMap(this::file);
    }

    private Optional<Path> file(ArchiveImage image) {
        Path path = Path.of(archives.get(image.getArchiveId()).getRootPath()).resolve(image.getFileName()).normalize();
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
