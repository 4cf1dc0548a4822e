package org.xcbir.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a COCO {@code instances_*.json} file token by token and hands every category, image
 * and annotation to a {@link CocoInstancesHandler}. Memory stays constant whatever the file
 * size (the MS-COCO 2014 train file is ~450 MB): nothing but the current element is held.
 * Reads the 2014 and 2017 layouts alike; unknown members (info, licenses, urls, segmentation
 * polygons or RLE, keypoints) are skipped without being materialised.
 */
public final class CocoInstancesReader {

    private static final JsonFactory JSON = new JsonFactory();

    public void read(Path file, CocoInstancesHandler handler) {
        try (InputStream in = Files.newInputStream(file)) {
            read(in, handler);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read COCO instances file " + file, e);
        }
    }

    public void read(InputStream in, CocoInstancesHandler handler) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            expect(parser, parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String section = parser.currentName();
                parser.nextToken();
                switch (section) {
                    case "categories" -> forEachElement(parser, () -> handler.category(readCategory(parser)));
                    case "images" -> forEachElement(parser, () -> handler.image(readImage(parser)));
                    case "annotations" -> forEachElement(parser, () -> handler.annotation(readAnnotation(parser)));
                    default -> parser.skipChildren();
                }
            }
        }
    }

    private interface ElementReader {
        void readOne() throws IOException;
    }

    private static void forEachElement(JsonParser parser, ElementReader elementReader) throws IOException {
        expect(parser, parser.currentToken(), JsonToken.START_ARRAY);
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            expect(parser, parser.currentToken(), JsonToken.START_OBJECT);
            elementReader.readOne();
        }
    }

    private static CocoCategory readCategory(JsonParser parser) throws IOException {
        Integer id = null;
        String name = null;
        String supercategory = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "id" -> id = parser.getIntValue();
                case "name" -> name = parser.getText();
                case "supercategory" -> supercategory = parser.getText();
                default -> parser.skipChildren();
            }
        }
        require(parser, id != null && name != null, "category needs id and name");
        return new CocoCategory(id, name, supercategory == null ? "" : supercategory);
    }

    private static CocoImage readImage(JsonParser parser) throws IOException {
        Long id = null;
        String fileName = null;
        int width = 0;
        int height = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "id" -> id = parser.getLongValue();
                case "file_name" -> fileName = parser.getText();
                case "width" -> width = parser.getIntValue();
                case "height" -> height = parser.getIntValue();
                default -> parser.skipChildren();
            }
        }
        require(parser, id != null && fileName != null, "image needs id and file_name");
        return new CocoImage(id, fileName, width, height);
    }

    private static CocoAnnotation readAnnotation(JsonParser parser) throws IOException {
        Long id = null;
        Long imageId = null;
        Integer categoryId = null;
        BoundingBox bbox = null;
        double area = Double.NaN;
        boolean crowd = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "id" -> id = parser.getLongValue();
                case "image_id" -> imageId = parser.getLongValue();
                case "category_id" -> categoryId = parser.getIntValue();
                case "bbox" -> bbox = readBox(parser);
                case "area" -> area = parser.getDoubleValue();
                case "iscrowd" -> crowd = parser.getIntValue() != 0;
                default -> parser.skipChildren();
            }
        }
        require(parser, id != null && imageId != null && categoryId != null && bbox != null,
                "annotation needs id, image_id, category_id and bbox");
        // Files that omit "area" still get a usable size: the box area is its upper bound.
        return new CocoAnnotation(id, imageId, categoryId, bbox, Double.isNaN(area) ? bbox.area() : area, crowd);
    }

    private static BoundingBox readBox(JsonParser parser) throws IOException {
        expect(parser, parser.currentToken(), JsonToken.START_ARRAY);
        double[] values = new double[4];
        int count = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            require(parser, count < 4, "bbox must have 4 numbers");
            values[count++] = parser.getDoubleValue();
        }
        require(parser, count == 4, "bbox must have 4 numbers");
        return new BoundingBox(values[0], values[1], values[2], values[3]);
    }

    private static void expect(JsonParser parser, JsonToken actual, JsonToken expected) throws IOException {
        require(parser, actual == expected, "expected " + expected + " but found " + actual);
    }

    private static void require(JsonParser parser, boolean condition, String message) throws IOException {
        if (!condition) {
            throw new IOException("malformed COCO instances file at " + parser.currentLocation() + ": " + message);
        }
    }
}
