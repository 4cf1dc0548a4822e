package org.xcbir.archive;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CocoInstancesReaderTest {

    /** Shape of instances_train2014.json: info, images, licenses, annotations (polygon and RLE crowd), categories last. */
    private static final String COCO_2014 = """
            {"info": {"description": "COCO 2014 Dataset", "year": 2014, "date_created": "2017/09/01"},
             "images": [
               {"license": 5, "file_name": "COCO_train2014_000000057870.jpg", "coco_url": "http://x/1.jpg",
                "height": 480, "width": 640, "date_captured": "2013-11-14 16:28:13", "flickr_url": "http://y", "id": 57870},
               {"license": 1, "file_name": "COCO_train2014_000000000009.jpg", "height": 427, "width": 640, "id": 9}],
             "licenses": [{"url": "http://l", "id": 1, "name": "Attribution-NonCommercial-ShareAlike License"}],
             "annotations": [
               {"segmentation": [[312.29, 562.89, 402.25, 511.49, 400.96]], "area": 54652.9556, "iscrowd": 0,
                "image_id": 57870, "bbox": [116.95, 305.86, 285.3, 266.03], "category_id": 58, "id": 86},
               {"segmentation": {"counts": [66916, 6, 587, 12], "size": [427, 640]}, "area": 3225.0, "iscrowd": 1,
                "image_id": 57870, "bbox": [0.0, 300.0, 80.0, 50.0], "category_id": 1, "id": 900100057870}],
             "categories": [{"supercategory": "person", "id": 1, "name": "person"},
                            {"supercategory": "food", "id": 58, "name": "hot dog"}]}
            """;

    /** Shape of a 2017 file as some tools write it: categories first, no info or licenses, no area. */
    private static final String COCO_2017_REORDERED = """
            {"categories": [{"id": 18, "name": "dog", "supercategory": "animal"}],
             "annotations": [{"id": 1, "image_id": 139, "category_id": 18, "bbox": [10, 20, 30, 40]}],
             "images": [{"id": 139, "file_name": "000000000139.jpg", "width": 640, "height": 426},
                        {"id": 285, "file_name": "000000000285.jpg", "width": 586, "height": 640}]}
            """;

    @Test
    void reads2014LayoutSkippingUrlsLicencesAndSegmentations() throws IOException {
        Collected collected = read(COCO_2014);

        assertEquals(List.of(new CocoCategory(1, "person", "person"), new CocoCategory(58, "hot dog", "food")),
                collected.categories);
        assertEquals(List.of(new CocoImage(57870, "COCO_train2014_000000057870.jpg", 640, 480),
                new CocoImage(9, "COCO_train2014_000000000009.jpg", 640, 427)), collected.images);
        assertEquals(new CocoAnnotation(86, 57870, 58, new BoundingBox(116.95, 305.86, 285.3, 266.03), 54652.9556, false),
                collected.annotations.get(0));
        assertEquals(new CocoAnnotation(900100057870L, 57870, 1, new BoundingBox(0, 300, 80, 50), 3225, true),
                collected.annotations.get(1));
    }

    @Test
    void readsSectionsInAnyOrderAndImagesWithoutAnnotations() throws IOException {
        Collected collected = read(COCO_2017_REORDERED);

        assertEquals(1, collected.categories.size());
        assertEquals(2, collected.images.size());
        assertEquals(1, collected.annotations.size());
        assertEquals(30 * 40, collected.annotations.get(0).area(), "area falls back to the box area");
    }

    @Test
    void rejectsAnAnnotationWithoutBox() {
        String broken = "{\"annotations\": [{\"id\": 1, \"image_id\": 2, \"category_id\": 3}]}";
        IOException error = assertThrows(IOException.class, () -> read(broken));
        assertTrue(error.getMessage().contains("bbox"), error.getMessage());
    }

    private static Collected read(String json) throws IOException {
        Collected collected = new Collected();
        new CocoInstancesReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), collected);
        return collected;
    }

    private static final class Collected implements CocoInstancesHandler {
        final List<CocoCategory> categories = new ArrayList<>();
        final List<CocoImage> images = new ArrayList<>();
        final List<CocoAnnotation> annotations = new ArrayList<>();

        @Override
        public void category(CocoCategory category) {
            categories.add(category);
        }

        @Override
        public void image(CocoImage image) {
            images.add(image);
        }

        @Override
        public void annotation(CocoAnnotation annotation) {
            annotations.add(annotation);
        }
    }
}
