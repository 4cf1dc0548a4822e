package org.xcbir.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An MS-COCO-like folder: images in train/val sub-folders, one instances file per split, one image in both. */
class CocoArchiveScanTest {

    @TempDir
    Path root;

    private static final String TRAIN = """
            {"images": [{"id": 9, "file_name": "COCO_train2014_000000000009.jpg", "width": 640, "height": 480},
                        {"id": 25, "file_name": "COCO_train2014_000000000025.jpg", "width": 500, "height": 400}],
             "annotations": [
               {"id": 1, "image_id": 9, "category_id": 1, "bbox": [0, 0, 10, 20], "area": 150.0, "iscrowd": 0},
               {"id": 2, "image_id": 9, "category_id": 18, "bbox": [5, 5, 40, 40], "area": 1200.0, "iscrowd": 0},
               {"id": 900100000009, "image_id": 9, "category_id": 1, "bbox": [1, 2, 3, 4], "area": 9.0, "iscrowd": 1}],
             "categories": [{"id": 1, "name": "person", "supercategory": "person"},
                            {"id": 18, "name": "dog", "supercategory": "animal"}]}
            """;

    /** Repeats image 9 and its annotation 2 (as a 2014 and a 2017 file of the same images would). */
    private static final String VAL = """
            {"categories": [{"id": 18, "name": "dog", "supercategory": "animal"}],
             "images": [{"id": 42, "file_name": "COCO_val2014_000000000042.jpg", "width": 640, "height": 427},
                        {"id": 9, "file_name": "COCO_train2014_000000000009.jpg", "width": 640, "height": 480}],
             "annotations": [
               {"id": 7, "image_id": 42, "category_id": 18, "bbox": [1, 1, 100, 50], "area": 4000.0, "iscrowd": 0},
               {"id": 2, "image_id": 9, "category_id": 18, "bbox": [5, 5, 40, 40], "area": 1200.0, "iscrowd": 0}]}
            """;

    @Test
    void locatesImagesInSubFoldersAndCountsSharedImagesAndAnnotationsOnce() throws IOException {
        Files.createDirectories(root.resolve("train2014"));
        Files.createDirectories(root.resolve("val2014"));
        Files.write(root.resolve("train2014/COCO_train2014_000000000009.jpg"), new byte[] {1});
        Files.write(root.resolve("train2014/COCO_train2014_000000000025.jpg"), new byte[] {1});
        Files.write(root.resolve("val2014/COCO_val2014_000000000042.jpg"), new byte[] {1});
        Path train = Files.writeString(root.resolve("instances_train2014.json"), TRAIN);
        Path val = Files.writeString(root.resolve("instances_val2014.json"), VAL);

        List<CocoAnnotation> heard = new ArrayList<>();
        CocoArchiveScan scan = CocoArchiveScan.of(root, List.of(train, val), heard::add);

        assertEquals(List.of(new CocoImage(9, "train2014/COCO_train2014_000000000009.jpg", 640, 480),
                new CocoImage(25, "train2014/COCO_train2014_000000000025.jpg", 500, 400),
                new CocoImage(42, "val2014/COCO_val2014_000000000042.jpg", 640, 427)), scan.images());
        assertEquals(List.of(1L, 2L, 900100000009L, 7L), heard.stream().map(CocoAnnotation::id).toList());
        assertEquals(new CocoAnnotation(900100000009L, 9, 1, new BoundingBox(1, 2, 3, 4), 9, true), heard.get(2));
        assertEquals(4, scan.statistics().annotationCount());
        assertEquals("1 18", scan.categoryIdsOf(9));
        assertEquals("", scan.categoryIdsOf(25), "an image without annotations is kept, unlabelled");
        assertEquals("18", scan.categoryIdsOf(42));
    }

    @Test
    void namesWhatIsMissing() throws IOException {
        Path train = Files.writeString(root.resolve("instances_train2014.json"), TRAIN);
        IllegalArgumentException noFolder = assertThrows(IllegalArgumentException.class,
                () -> CocoArchiveScan.of(root.resolve("nope"), List.of(train), a -> { }));
        assertEquals("The image folder " + root.resolve("nope") + " does not exist or is not a folder.",
                noFolder.getMessage());
        IllegalArgumentException noFile = assertThrows(IllegalArgumentException.class,
                () -> CocoArchiveScan.of(root, List.of(root.resolve("instances_val2014.json")), a -> { }));
        assertEquals("The annotation file " + root.resolve("instances_val2014.json") + " does not exist.",
                noFile.getMessage());
    }
}
