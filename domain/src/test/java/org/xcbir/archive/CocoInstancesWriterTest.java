package org.xcbir.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CocoInstancesWriterTest {

    @Test
    void whatIsWrittenReadsBackUnchanged() throws IOException {
        CocoCategory dog = new CocoCategory(18, "dog", "animal");
        CocoImage image = new CocoImage(1, "000000000001.jpg", 640, 480);
        CocoAnnotation annotation = new CocoAnnotation(100, 1, 18, new BoundingBox(10, 20, 30, 40), 900, false);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CocoInstancesWriter writer = new CocoInstancesWriter(bytes)) {
            writer.writeHeader(Map.of("seed", 42L));
            writer.writeCategory(dog);
            writer.writeImage(image);
            writer.writeImage(new CocoImage(2, "000000000002.jpg", 640, 480));
            writer.writeAnnotation(annotation);
        }

        List<Object> read = new ArrayList<>();
        new CocoInstancesReader().read(new ByteArrayInputStream(bytes.toByteArray()), new CocoInstancesHandler() {
            @Override
            public void category(CocoCategory category) {
                read.add(category);
            }

            @Override
            public void image(CocoImage image) {
                read.add(image);
            }

            @Override
            public void annotation(CocoAnnotation annotation) {
                read.add(annotation);
            }
        });
        assertEquals(List.of(dog, image, new CocoImage(2, "000000000002.jpg", 640, 480), annotation), read);

        JsonNode json = new ObjectMapper().readTree(bytes.toByteArray());
        assertEquals(42, json.at("/info/seed").asLong());
        assertEquals("[10.0,20.0,40.0,20.0,40.0,60.0,10.0,60.0]", json.at("/annotations/0/segmentation/0").toString());
    }

    @Test
    void emptySectionsStillAppear() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new CocoInstancesWriter(bytes).close();

        JsonNode json = new ObjectMapper().readTree(bytes.toByteArray());
        assertEquals(0, json.get("categories").size());
        assertEquals(0, json.get("images").size());
        assertEquals(0, json.get("annotations").size());
    }

    @Test
    void refusesSectionsOutOfOrder() throws IOException {
        CocoInstancesWriter writer = new CocoInstancesWriter(new ByteArrayOutputStream());
        writer.writeImage(new CocoImage(1, "a.jpg", 1, 1));
        assertThrows(IllegalStateException.class, () -> writer.writeCategory(new CocoCategory(1, "person", "person")));
    }
}
