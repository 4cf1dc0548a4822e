package org.xcbir.archive;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xcbir.descriptor.ModelRuntime;
import org.xcbir.descriptor.embedding.ImageEmbedder;
import org.xcbir.descriptor.image.ImageDecoder;
import org.xcbir.retrieval.VectorIndex;
import org.xcbir.retrieval.VectorIndex.IndexedVector;

/** The work of the archive indexing job: ingest COCO files, embed images in chunks, publish the index. */
@Stateless
@Local(ArchiveIndexing.class)
public class ArchiveIndexingBean implements ArchiveIndexing {
    private static final Logger LOG = Logger.getLogger(ArchiveIndexingBean.class.getName());
    /** MS-COCO has about 900,000 annotations: written in parts as the file streams, never all in memory. */
    private static final int ANNOTATIONS_PER_WRITE = 1000;

    @Inject
    private ArchiveRepository archives;

    @Inject
    private ModelRuntime model;

    @Inject
    private VectorIndex vectorIndex;

    @Inject
    @ConfigProperty(name = "xcbir.archive.merge-timeout-minutes", defaultValue = "60")
    long mergeTimeoutMinutes;

    @Inject
    @ConfigProperty(name = "xcbir.image.max-pixels", defaultValue = "50000000")
    long maxPixels;

    @Override
    public int ingest(long archiveId) {
        Archive archive = archives.get(archiveId);
        long existing = archives.imageCount(archiveId);
        if (existing > 0) {
            return (int) existing;
        }
        List<Path> files = Arrays.stream(archive.getInstancesFiles().split("\n"))
                .map(String::trim).filter(f -> !f.isEmpty()).map(Path::of).toList();
        List<ArchiveAnnotation> annotations = new ArrayList<>();
        CocoArchiveScan scan = CocoArchiveScan.of(Path.of(archive.getRootPath()), files, annotation -> {
            annotations.add(new ArchiveAnnotation(archiveId, annotation));
            if (annotations.size() == ANNOTATIONS_PER_WRITE) {
                archives.addAnnotations(annotations);
                annotations.clear();
            }
        });
        archives.addAnnotations(annotations);
        List<ArchiveImage> images = scan.images().stream()
                .map(image -> new ArchiveImage(archiveId, image, scan.categoryIdsOf(image.id())))
                .toList();
        archives.addImages(images);
        ArchiveStatistics statistics = scan.statistics();
        archives.addClasses(statistics.classes().stream().map(c -> new ArchiveClass(archiveId, c)).toList());
        archives.get(archiveId).ingested(images.size(), statistics.annotationCount());
        LOG.info(() -> "Archive " + archive.getName() + ": ingested " + images.size() + " images, "
                + statistics.annotationCount() + " annotations, " + statistics.classes().size() + " classes");
        return images.size();
    }

    @Override
    public void prepareIndex(long archiveId) {
        Archive archive = archives.get(archiveId);
        ImageEmbedder embedder = model.embedder();
        vectorIndex.ensureIndex(VectorIndex.indexOf(archive.getName(), embedder.modelId()), embedder.dimension());
    }

    @Override
    public List<Long> imageIdsAfter(long archiveId, long afterId, int limit) {
        return archives.imageIdsAfter(archiveId, afterId, limit);
    }

    @Override
    public void index(long archiveId, List<Long> imageIds) {
        Archive archive = archives.get(archiveId);
        Path root = Path.of(archive.getRootPath());
        ImageDecoder decoder = new ImageDecoder(maxPixels);
        List<ArchiveImage> usable = new ArrayList<>();
        List<BufferedImage> decoded = new ArrayList<>();
        for (long id : imageIds) {
            ArchiveImage image = archives.image(id).orElseThrow();
            Path file = root.resolve(image.getFileName());
            try {
                image.fileRead(Files.size(file), FileChecksum.sha256(file));
                decoded.add(decoder.decode(file));
                usable.add(image);
            } catch (NoSuchFileException e) {
                archives.skip(new SkippedImage(image, "the file is missing: " + e.getFile()));
            } catch (IOException | RuntimeException e) {
                archives.skip(new SkippedImage(image, e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        }
        ImageEmbedder embedder = model.embedder();
        List<float[]> vectors = embedder.embed(decoded);
        List<IndexedVector> documents = new ArrayList<>();
        for (int i = 0; i < usable.size(); i++) {
            documents.add(new IndexedVector(usable.get(i).getId(), usable.get(i).getCategoryIds(), vectors.get(i)));
        }
        vectorIndex.put(VectorIndex.indexOf(archive.getName(), embedder.modelId()), documents);
        long lastId = imageIds.get(imageIds.size() - 1);
        long done = archives.imageIdsUpTo(archiveId, lastId);
        long skipped = archives.skippedCount(archiveId);
        int percentBefore = archive.getProgressPercent();
        archive.progress((int) (done - skipped), (int) skipped, lastId);
        if (archive.getProgressPercent() != percentBefore) {
            LOG.info(() -> "Archive " + archive.getName() + ": " + done + "/" + archive.getImageCount()
                    + " images processed (" + skipped + " skipped)");
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // a merge can outlast any transaction timeout
    public boolean finish(long archiveId, BooleanSupplier stopRequested) {
        Archive archive = archives.get(archiveId);
        String index = VectorIndex.indexOf(archive.getName(), model.embedder().modelId());
        long foreign = vectorIndex.removeForeignDocuments(index, ArchiveImage.idOf(archiveId, 0),
                ArchiveImage.idOf(archiveId + 1, 0));
        if (foreign > 0) {
            LOG.warning(() -> "Archive " + archive.getName() + ": removed " + foreign + " documents of an earlier "
                    + "archive of the same name from " + index);
        }
        LOG.info(() -> "Archive " + archive.getName() + ": merging " + index + " into one segment for faster searches");
        long start = System.nanoTime();
        try {
            switch (vectorIndex.mergeToOneSegment(index, Duration.ofMinutes(mergeTimeoutMinutes), stopRequested)) {
                case MERGED -> LOG.info(() -> "Archive " + archive.getName() + ": merged in "
                        + Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s");
                case TIMED_OUT -> LOG.warning(() -> "Archive " + archive.getName() + ": the merge of " + index
                        + " did not end within " + mergeTimeoutMinutes + " min (xcbir.archive.merge-timeout-minutes);"
                        + " publishing anyway, Elasticsearch finishes it in the background");
                case STOPPED -> {
                    LOG.info(() -> "Archive " + archive.getName() + ": stopped while " + index + " was being merged;"
                            + " Continue publishes it");
                    return false;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Archive " + archive.getName() + ": merging " + index
                    + " failed; publishing it as it is (searches work, a little slower)");
        }
        return true;
    }

    @Override
    public void publish(long archiveId) {
        Archive archive = archives.get(archiveId);
        String index = VectorIndex.indexOf(archive.getName(), model.embedder().modelId());
        vectorIndex.publish(archive.getIndexAlias(), index);
        long skipped = archives.skippedCount(archiveId);
        archive.progress((int) (archive.getImageCount() - skipped), (int) skipped, archive.getIndexedUpToImageId());
        archive.indexingEnded(Archive.IndexState.INDEXED, Instant.now());
        LOG.info(() -> "Archive " + archive.getName() + ": indexed " + archive.getIndexedCount() + " images, skipped "
                + skipped + "; searches now use " + index);
    }
}
