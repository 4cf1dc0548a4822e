package org.xcbir.it.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xcbir.it.support.GeneratedArchives.await;
import static org.xcbir.it.support.GeneratedArchives.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xcbir.archive.Archive;
import org.xcbir.archive.ArchiveClass;
import org.xcbir.archive.ArchiveImage;
import org.xcbir.archive.ArchiveService;
import org.xcbir.archive.ArchiveAnnotation;
import org.xcbir.archive.BoundingBox;
import org.xcbir.archive.CocoImage;
import org.xcbir.archive.CocoInstancesHandler;
import org.xcbir.archive.CocoInstancesReader;
import org.xcbir.archive.SkippedImage;
import org.xcbir.archive.demo.DemoArchiveWriter;
import org.xcbir.descriptor.DescriptorService;
import org.xcbir.descriptor.ModelRuntime;
import org.xcbir.it.support.Deployments;
import org.xcbir.retrieval.VectorIndex;

/**
 * A generated COCO archive through the real indexing job: ingest counts and ground truth checked against the JSON
 * itself, each file's size and SHA-256, one document per image in Elasticsearch, each image its own nearest neighbour, corrupt and missing files reported, stop and restart.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveIndexingIT {
    private static final int IMAGES = 36;

    @Deployment
    static EnterpriseArchive application() {
        return Deployments.applicationWithTests(ArchiveIndexingIT.class);
    }

    @Inject
    ArchiveService archives;

    @Inject
    ModelRuntime model;

    @Inject
    DescriptorService descriptors;

    @Inject
    VectorIndex vectorIndex;

    @BeforeEach
    void awaitModel() throws InterruptedException {
        await(() -> model.state().phase() != ModelRuntime.Phase.LOADING, 240);
        assertEquals(ModelRuntime.Phase.READY, model.state().phase(), model.state().description());
    }

    @Test
    void anArchiveIsIngestedIndexedAndSearchableWithBrokenFilesReported() throws Exception {
        Path folder = generate("indexed", IMAGES, 11);
        List<CocoImage> images = cocoImages(folder);
        Path imageFolder = folder.resolve(DemoArchiveWriter.IMAGES_FOLDER);
        Path corrupt = imageFolder.resolve(images.get(3).fileName());
        Files.write(corrupt, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x12});
        Path missing = imageFolder.resolve(images.get(7).fileName());
        Files.delete(missing);

        Archive archive = archives.register("it-indexed-" + System.nanoTime() % 100000, folder.toString(),
                DemoArchiveWriter.INSTANCES_FILE);
        archives.startIndexing(archive.getId());
        assertThrows(IllegalArgumentException.class, () -> archives.startIndexing(archive.getId()),
                "a second start while running is refused (double click)");
        Archive done = awaitState(archive.getId(), s -> s != Archive.IndexState.INDEXING, 600);

        assertEquals(Archive.IndexState.INDEXED, done.getIndexState(), archives.jobStatus(archive.getId()));
        // the expected figures straight from the JSON, not through the production reader
        JsonNode coco = new ObjectMapper().readTree(folder.resolve(DemoArchiveWriter.INSTANCES_FILE).toFile());
        Map<Long, List<JsonNode>> instancesByImage = new HashMap<>();
        coco.get("annotations").forEach(a -> instancesByImage.computeIfAbsent(a.get("image_id").asLong(),
                k -> new ArrayList<>()).add(a));
        assertEquals(IMAGES, done.getImageCount());
        assertEquals(coco.get("annotations").size(), done.getAnnotationCount());
        int storedInstances = 0;
        for (CocoImage image : images) {
            List<JsonNode> expected = instancesByImage.getOrDefault(image.id(), List.of());
            List<ArchiveAnnotation> stored = archives.annotations(ArchiveImage.idOf(archive.getId(), image.id()));
            assertEquals(expected.size(), stored.size(), image.fileName());
            for (int i = 0; i < expected.size(); i++) {
                JsonNode json = expected.get(i);
                ArchiveAnnotation instance = stored.get(i);
                assertEquals(json.get("id").asLong(), instance.getCocoId());
                assertEquals(json.get("category_id").asInt(), instance.getCategoryId());
                assertEquals(json.get("area").asDouble(), instance.getArea(), 1e-9);
                JsonNode box = json.get("bbox");
                assertEquals(new BoundingBox(box.get(0).asDouble(), box.get(1).asDouble(), box.get(2).asDouble(),
                        box.get(3).asDouble()), instance.box());
            }
            storedInstances += stored.size();
        }
        assertEquals(coco.get("annotations").size(), storedInstances, "every instance stored once");
        Map<String, ArchiveClass> classes = archives.classes(archive.getId()).stream()
                .collect(Collectors.toMap(ArchiveClass::getName, c -> c));
        int occurring = 0;
        for (JsonNode category : coco.get("categories")) {
            int categoryId = category.get("id").asInt();
            List<Long> withClass = instancesByImage.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(a -> a.get("category_id").asInt() == categoryId))
                    .map(Map.Entry::getKey).toList();
            ArchiveClass stored = classes.get(category.get("name").asText());
            if (withClass.isEmpty()) {
                assertEquals(0, stored.getImageCount(), stored.getName());
                continue;
            }
            occurring++;
            double confuser = withClass.stream().mapToLong(imageId -> instancesByImage.get(imageId).stream()
                    .map(a -> a.get("category_id").asInt()).distinct().count()).average().orElseThrow();
            double meanArea = instancesByImage.values().stream().flatMap(List::stream)
                    .filter(a -> a.get("category_id").asInt() == categoryId && a.path("iscrowd").asInt() == 0)
                    .mapToDouble(a -> a.get("area").asDouble()).average().orElseThrow();
            assertEquals(withClass.size(), stored.getImageCount(), stored.getName());
            assertEquals(confuser, stored.getConfuser(), 1e-9, stored.getName());
            assertEquals(meanArea, stored.getMeanArea(), 1e-6, stored.getName());
        }
        assertEquals(coco.get("categories").size(), classes.size(), "one statistics row per category");
        assertTrue(occurring > 5, "a varied archive: " + occurring + " classes occur");

        List<SkippedImage> skipped = archives.skipped(archive.getId());
        assertEquals(2, skipped.size(), skipped.toString());
        assertTrue(skipped.stream().anyMatch(s -> s.getFileName().endsWith(images.get(7).fileName())
                && s.getReason().contains("missing")), "the missing file is reported: " + skipped);
        assertTrue(skipped.stream().anyMatch(s -> s.getFileName().endsWith(images.get(3).fileName())),
                "the corrupt file is reported: " + skipped);
        assertEquals(IMAGES - 2, done.getIndexedCount());
        assertEquals(IMAGES - 2, vectorIndex.count(done.getIndexAlias()), "exactly one document per usable image");
        assertEquals(1, vectorIndex.segmentCount(done.getIndexAlias()), "merged into one segment: one HNSW graph");

        for (CocoImage image : images) {
            ArchiveImage stored = archives.image(archive.getId(), ArchiveImage.idOf(archive.getId(), image.id()))
                    .orElseThrow();
            Path file = imageFolder.resolve(image.fileName());
            if (file.equals(missing)) {
                assertNull(stored.getChecksum(), "nothing to read, nothing recorded");
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            assertEquals(bytes.length, stored.getFileBytes(), image.fileName());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    stored.getChecksum(), image.fileName() + " (the corrupt file too)");
        }

        for (int i : new int[] {0, 1, 2, 5, 12, 20, 35}) {
            CocoImage image = images.get(i);
            float[] vector = descriptors.describe(Files.readAllBytes(imageFolder.resolve(image.fileName())), image.fileName());
            List<VectorIndex.Neighbour> hits = vectorIndex.nearest(done.getIndexAlias(), vector, 1, 50);
            assertEquals(ArchiveImage.idOf(archive.getId(), image.id()), hits.get(0).imageId(),
                    image.fileName() + " finds itself first");
        }

        // a re-index under another descriptor model fills an index of its own and takes the alias over in one step
        String alias = done.getIndexAlias();
        String current = VectorIndex.indexOf(archive.getName(), done.getModelId());
        String successor = VectorIndex.indexOf(archive.getName(), "a successor model");
        float[] one = descriptors.describe(Files.readAllBytes(imageFolder.resolve(images.get(0).fileName())), "0.jpg");
        vectorIndex.ensureIndex(successor, one.length);
        vectorIndex.put(successor, List.of(new VectorIndex.IndexedVector(ArchiveImage.idOf(archive.getId(),
                images.get(0).id()), "", one)));
        vectorIndex.publish(alias, successor);
        assertEquals(1, vectorIndex.count(alias), "the alias points at the successor alone");
        vectorIndex.publish(alias, current);
        assertEquals(IMAGES - 2, vectorIndex.count(alias), "and back");
    }

    @Test
    void aStoppedJobRestartsFromItsCheckpointAndIndexesEveryImageOnce() throws Exception {
        Path folder = generate("restarted", IMAGES, 12);
        Archive archive = archives.register("it-restart-" + System.nanoTime() % 100000, folder.toString(),
                DemoArchiveWriter.INSTANCES_FILE);
        long firstRun = archives.startIndexing(archive.getId());
        await(() -> archives.get(archive.getId()).getIndexedCount() > 0, 300);
        archives.stopIndexing(archive.getId());
        Archive stopped = awaitState(archive.getId(), s -> s != Archive.IndexState.INDEXING, 300);
        assertEquals(Archive.IndexState.STOPPED, stopped.getIndexState());
        assertTrue(stopped.getIndexedCount() < IMAGES, "stopped part-way: " + stopped.getIndexedCount());
        // a document left by an earlier archive of the same name (deleted, or a database reset)
        String index = VectorIndex.indexOf(archive.getName(), stopped.getModelId());
        Path anyImage;
        try (Stream<Path> files = Files.list(folder.resolve(DemoArchiveWriter.IMAGES_FOLDER))) {
            anyImage = files.findFirst().orElseThrow();
        }
        float[] stale = descriptors.describe(Files.readAllBytes(anyImage), "stale.jpg");
        vectorIndex.put(index, List.of(new VectorIndex.IndexedVector(ArchiveImage.idOf(archive.getId() + 1000, 1),
                "", stale)));

        long secondRun = archives.startIndexing(archive.getId());
        assertTrue(secondRun != firstRun);
        Archive done = awaitState(archive.getId(), s -> s != Archive.IndexState.INDEXING, 600);
        assertEquals(Archive.IndexState.INDEXED, done.getIndexState(), archives.jobStatus(archive.getId()));
        assertEquals(IMAGES, done.getIndexedCount());
        assertEquals(IMAGES, vectorIndex.count(done.getIndexAlias()), "every image once, nothing foreign");
    }

    private static List<CocoImage> cocoImages(Path folder) {
        List<CocoImage> images = new ArrayList<>();
        new CocoInstancesReader().read(folder.resolve(DemoArchiveWriter.INSTANCES_FILE), new CocoInstancesHandler() {
            @Override
            public void image(CocoImage image) {
                images.add(image);
            }
        });
        return images;
    }

    private Archive awaitState(long archiveId, Predicate<Archive.IndexState> condition, int seconds)
            throws InterruptedException {
        await(() -> condition.test(archives.get(archiveId).getIndexState()), seconds);
        return archives.get(archiveId);
    }
}
