package org.xcbir.retrieval;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xcbir.archive.Archive;
import org.xcbir.archive.ArchiveImage;
import org.xcbir.archive.ArchiveRepository;
import org.xcbir.descriptor.image.ImageDecoder;

/** The archives a person can search, and their images: where to start a query, where the files are. */
@Stateless
public class SearchableArchives {
    @Inject
    @ConfigProperty(name = "xcbir.image.max-pixels", defaultValue = "50000000")
    long maxPixels;

    @Inject
    private ArchiveRepository archives;

    public List<Archive> indexed() {
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

    /** Where an archive image's file is, if it is still there. */
    public Optional<Path> file(long imageId) {
        return archives.image(imageId).flatMap(this::file);
    }

    /** An archive image decoded under the configured pixel limit; empty if it is no longer in its folder. */
    public Optional<BufferedImage> decoded(long imageId) throws IOException {
        Optional<Path> file = file(imageId);
        return file.isEmpty() ? Optional.empty() : Optional.of(new ImageDecoder(maxPixels).decode(file.get()));
    }

    /** The archive an image belongs to, if the image exists. */
    public Optional<Long> archiveOf(long imageId) {
        return archives.image(imageId).map(ArchiveImage::getArchiveId);
    }

    private Optional<Path> file(ArchiveImage image) {
        Path path = Path.of(archives.get(image.getArchiveId()).getRootPath()).resolve(image.getFileName()).normalize();
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }
}
