package org.xcbir.study.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xcbir.archive.ArchiveImage;
import org.xcbir.archive.BoundingBox;
import org.xcbir.archive.CocoInstancesReader;

class GroundTruthCollectorTest {

    private static final int DOG = 18;
    private static final long ARCHIVE = 3;

    /** Annotations before images, a crowd region, a second file: what the collector must not depend on. */
    private static final String TRAIN = """
            {"annotations": [
               {"id": 1, "image_id": 139, "category_id": 18, "bbox": [10, 20, 30, 40], "area": 900, "iscrowd": 0},
               {"id": 2, "image_id": 139, "category_id": 1, "bbox": [0, 0, 5, 5], "area": 20, "iscrowd": 0},
               {"id": 3, "image_id": 139, "category_id": 18, "bbox": [100, 100, 50, 60], "area": 2000, "iscrowd": 1},
               {"id": 4, "image_id": 285, "category_id": 1, "bbox": [1, 2, 3, 4], "area": 10, "iscrowd": 0}],
             "images": [{"id": 139, "file_name": "139.jpg", "width": 640, "height": 426},
                        {"id": 285, "file_name": "285.jpg", "width": 586, "height": 640}],
             "categories": [{"id": 1, "name": "person"}, {"id": 18, "name": "dog"}]}
            """;
    private static final String VAL = """
            {"images": [{"id": 632, "file_name": "632.jpg", "width": 500, "height": 375}],
             "annotations": [{"id": 5, "image_id": 632, "category_id": 18, "bbox": [1, 1, 2, 2], "area": 4}],
             "categories": [{"id": 18, "name": "dog"}]}
            """;

    @Test
    void collectsTheTargetsBoxesAndImageSizesUnderArchiveImageIds() throws IOException {
        GroundTruthCollector collector = new GroundTruthCollector(ARCHIVE, DOG);
        read(TRAIN, collector);
        read(VAL, collector);
        GroundTruth truth = collector.groundTruth();

        long image139 = ArchiveImage.idOf(ARCHIVE, 139);
        assertEquals(Optional.of(new TargetInstances(640, 426,
                List.of(new BoundingBox(10, 20, 30, 40), new BoundingBox(100, 100, 50, 60)))), truth.target(image139));
        assertEquals(Optional.of(new TargetInstances(500, 375, List.of(new BoundingBox(1, 1, 2, 2)))),
                truth.target(ArchiveImage.idOf(ARCHIVE, 632)));
        assertTrue(truth.containsTarget(image139));
        assertFalse(truth.containsTarget(ArchiveImage.idOf(ARCHIVE, 285)), "only a person there");
        assertFalse(truth.containsTarget(139), "a COCO id is not an archive image id");
    }

    @Test
    void failsOnAnAnnotatedImageTheFilesDoNotList() throws IOException {
        GroundTruthCollector collector = new GroundTruthCollector(ARCHIVE, DOG);
        read(VAL.replace("\"image_id\": 632", "\"image_id\": 633"), collector);
        IllegalStateException e = assertThrows(IllegalStateException.class, collector::groundTruth);
        assertTrue(e.getMessage().contains("633"), e.getMessage());
    }

    private static void read(String json, GroundTruthCollector collector) throws IOException {
        new CocoInstancesReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), collector);
    }
}
