package org.xcbir.archive;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArchiveStatisticsCollectorTest {

    /**
     * Four images. Image 1: two dogs (areas 100, 300) and a cat (50). Image 2: a dog (200).
     * Image 3: a cat (150), a person (1000) and a person crowd region (area 5000, ignored for Area).
     * Image 4: nothing. Category "bus" never occurs.
     * <pre>
     * dog:    images {1: 2 classes, 2: 1 class}        Confuser (2+1)/2 = 1.5    Area (100+300+200)/3 = 200
     * cat:    images {1: 2 classes, 3: 2 classes}      Confuser 2                Area (50+150)/2 = 100
     * person: images {3: 2 classes}                    Confuser 2                Area 1000 (crowd excluded)
     * </pre>
     */
    private static final String ARCHIVE = """
            {"images": [
               {"id": 1, "file_name": "1.jpg", "width": 100, "height": 100},
               {"id": 2, "file_name": "2.jpg", "width": 100, "height": 100},
               {"id": 3, "file_name": "3.jpg", "width": 100, "height": 100},
               {"id": 4, "file_name": "4.jpg", "width": 100, "height": 100}],
             "annotations": [
               {"id": 1, "image_id": 1, "category_id": 18, "bbox": [0, 0, 10, 10], "area": 100, "iscrowd": 0},
               {"id": 2, "image_id": 1, "category_id": 18, "bbox": [0, 0, 20, 20], "area": 300, "iscrowd": 0},
               {"id": 3, "image_id": 1, "category_id": 17, "bbox": [0, 0, 10, 10], "area": 50, "iscrowd": 0},
               {"id": 4, "image_id": 2, "category_id": 18, "bbox": [0, 0, 20, 20], "area": 200, "iscrowd": 0},
               {"id": 5, "image_id": 3, "category_id": 17, "bbox": [0, 0, 20, 20], "area": 150, "iscrowd": 0},
               {"id": 6, "image_id": 3, "category_id": 1, "bbox": [0, 0, 50, 50], "area": 1000, "iscrowd": 0},
               {"id": 7, "image_id": 3, "category_id": 1, "bbox": [0, 0, 99, 99], "area": 5000, "iscrowd": 1}],
             "categories": [
               {"id": 18, "name": "dog", "supercategory": "animal"},
               {"id": 1, "name": "person", "supercategory": "person"},
               {"id": 17, "name": "cat", "supercategory": "animal"},
               {"id": 6, "name": "bus", "supercategory": "vehicle"}]}
            """;

    @Test
    void computesImageCountConfuserAndAreaPerClass() throws IOException {
        ArchiveStatistics statistics = statisticsOf(ARCHIVE);

        assertEquals(4, statistics.imageCount());
        assertEquals(7, statistics.annotationCount());
        assertClass(statistics, "dog", 2, 3, 1.5, 200);
        assertClass(statistics, "cat", 2, 2, 2, 100);
        assertClass(statistics, "person", 1, 1, 2, 1000);
        assertClass(statistics, "bus", 0, 0, 0, 0);
        assertEquals(List.of(1, 6, 17, 18),
                statistics.classes().stream().map(c -> c.category().id()).toList(), "ordered by category id");
    }

    @Test
    void spreadsCoverOnlyOccurringClasses() throws IOException {
        ArchiveStatistics statistics = statisticsOf(ARCHIVE);

        assertEquals(3, statistics.occurringClasses().size());
        assertEquals(0.5, statistics.confuserSpread(), 1e-12);
        assertEquals(10, statistics.areaRatio(), 1e-12);
    }

    private static void assertClass(ArchiveStatistics statistics, String name, int images, int instances,
                                    double confuser, double area) {
        ClassStatistics c = statistics.of(name).orElseThrow();
        assertEquals(images, c.imageCount(), name + " images");
        assertEquals(instances, c.instanceCount(), name + " instances");
        assertEquals(confuser, c.confuser(), 1e-12, name + " confuser");
        assertEquals(area, c.meanArea(), 1e-12, name + " area");
    }

    private static ArchiveStatistics statisticsOf(String json) throws IOException {
        ArchiveStatisticsCollector collector = new ArchiveStatisticsCollector();
        new CocoInstancesReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), collector);
        return collector.statistics();
    }
}
