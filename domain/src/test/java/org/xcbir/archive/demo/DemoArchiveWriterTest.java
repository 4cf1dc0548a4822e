package org.xcbir.archive.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xcbir.archive.CocoAnnotation;
import org.xcbir.archive.CocoCategory;
import org.xcbir.archive.CocoImage;
import org.xcbir.archive.CocoInstancesHandler;
import org.xcbir.archive.CocoInstancesReader;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoArchiveWriterTest {

    private static final int IMAGES = 24;

    @TempDir
    Path folder;

    @Test
    void writesAValidCocoArchiveThatReadsBack() throws IOException {
        List<Integer> progress = new ArrayList<>();
        Path instances = writer(5).write(folder, (done, total) -> {
            assertEquals(IMAGES, total);
            progress.add(done);
        });
        assertEquals(folder.resolve("instances_demo.json"), instances);
        assertEquals(IMAGES, progress.size());
        assertEquals(IMAGES, progress.get(IMAGES - 1));

        Archive archive = Archive.read(instances);
        assertEquals(80, archive.categories.size());
        assertEquals(80, archive.categories.values().stream().map(CocoCategory::name).distinct().count());
        assertEquals(IMAGES, archive.images.size());
        assertTrue(archive.annotations.size() >= IMAGES, "at least one object per image");

        for (CocoImage image : archive.images.values()) {
            BufferedImage pixels = ImageIO.read(folder.resolve("images").resolve(image.fileName()).toFile());
            assertEquals(image.width(), pixels.getWidth());
            assertEquals(image.height(), pixels.getHeight());
            assertEquals(640, image.width());
            assertEquals(480, image.height());
        }
        Set<Long> ids = new HashSet<>();
        for (CocoAnnotation annotation : archive.annotations) {
            CocoImage image = archive.images.get(annotation.imageId());
            assertTrue(ids.add(annotation.id()), "duplicate annotation id " + annotation.id());
            assertTrue(archive.categories.containsKey(annotation.categoryId()));
            assertTrue(annotation.bbox().liesWithin(image.width(), image.height()), annotation.toString());
            assertTrue(annotation.area() > 0, annotation.toString());
            assertTrue(annotation.area() <= annotation.bbox().area(), annotation.toString());
        }
    }

    @Test
    void writingTwiceGivesIdenticalFiles() throws IOException {
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");
        writer(9).write(first, (done, total) -> { });
        writer(9).write(second, (done, total) -> { });

        assertArrayEquals(Files.readAllBytes(first.resolve("instances_demo.json")),
                Files.readAllBytes(second.resolve("instances_demo.json")));
        for (int id = 1; id <= IMAGES; id++) {
            String name = "images/%012d.jpg".formatted(id);
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }
    }

    private static DemoArchiveWriter writer(long seed) {
        return new DemoArchiveWriter(EmojiRenders.generator(DemoArchiveSettings.defaults(IMAGES, seed)));
    }

    private static final class Archive implements CocoInstancesHandler {
        final Map<Integer, CocoCategory> categories = new HashMap<>();
        final Map<Long, CocoImage> images = new HashMap<>();
        final List<CocoAnnotation> annotations = new ArrayList<>();

        static Archive read(Path instances) {
            Archive archive = new Archive();
            new CocoInstancesReader().read(instances, archive);
            return archive;
        }

        @Override
        public void category(CocoCategory category) {
            categories.put(category.id(), category);
        }

        @Override
        public void image(CocoImage image) {
            images.put(image.id(), image);
        }

        @Override
        public void annotation(CocoAnnotation annotation) {
            annotations.add(annotation);
        }
    }

    @Test
    void anInterruptedRunContinuesWhereItStoppedAndWritesTheSameArchive(@TempDir Path reference) throws IOException {
        writer(5).write(reference, (done, total) -> { });

        class Interrupted extends RuntimeException {
        }
        try {
            writer(5).write(folder, (done, total) -> {
                if (done == 10) {
                    throw new Interrupted();
                }
            });
        } catch (Interrupted expected) {
            // the process "died" after ten scenes
        }
        assertTrue(Files.exists(folder.resolve("instances_demo.json.scenes")));
        assertTrue(Files.notExists(folder.resolve("instances_demo.json")), "no file that looks complete");
        // a crash may cut the last line short: it is dropped and its scene rendered again
        Files.writeString(folder.resolve("instances_demo.json.scenes"), "10\t[{\"id\":", StandardOpenOption.APPEND);

        List<Integer> rendered = new ArrayList<>();
        writer(5).write(folder, (done, total) -> rendered.add(done));
        assertEquals(11, rendered.get(0), "continues after the ten finished scenes");
        assertEquals(IMAGES, rendered.get(rendered.size() - 1));
        assertEquals(Files.readString(reference.resolve("instances_demo.json")),
                Files.readString(folder.resolve("instances_demo.json")), "the same archive as an uninterrupted run");
        assertTrue(Files.notExists(folder.resolve("instances_demo.json.scenes")));
    }

    @Test
    void aRunStoppedBeforeItsFirstSceneStartsCleanlyNextTime(@TempDir Path reference) throws IOException {
        writer(5).write(reference, (done, total) -> { });

        assertTrue(writer(5).write(folder, (done, total) -> { }, () -> true).isEmpty());
        assertTrue(writer(5).write(folder, (done, total) -> { }, () -> true).isEmpty(), "stopped twice");
        writer(5).write(folder, (done, total) -> { }, () -> false);
        assertEquals(Files.readString(reference.resolve("instances_demo.json")),
                Files.readString(folder.resolve("instances_demo.json")), "the same archive as an uninterrupted run");
    }

    @Test
    void aStopRequestEndsTheRunBetweenTwoScenesAndTheNextRunContinues(@TempDir Path reference) throws IOException {
        writer(5).write(reference, (done, total) -> { });

        List<Integer> rendered = new ArrayList<>();
        Optional<Path> stopped = writer(5).write(folder, (done, total) -> rendered.add(done), () -> rendered.size() == 4);
        assertTrue(stopped.isEmpty(), "no instances file when stopped");
        assertEquals(List.of(1, 2, 3, 4), rendered);
        assertTrue(Files.notExists(folder.resolve("instances_demo.json")));

        rendered.clear();
        Optional<Path> finished = writer(5).write(folder, (done, total) -> rendered.add(done), () -> false);
        assertEquals(Optional.of(folder.resolve("instances_demo.json")), finished);
        assertEquals(5, rendered.get(0), "continues after the four finished scenes");
        assertEquals(Files.readString(reference.resolve("instances_demo.json")),
                Files.readString(folder.resolve("instances_demo.json")), "the same archive as an uninterrupted run");
    }
}
