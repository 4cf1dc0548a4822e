package org.xcbir.archive;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Writes a COCO instances file progressively, element by element, so an archive of any size
 * is written in constant memory. The sections must be written in this order:
 * {@link #writeHeader}, {@link #writeCategory}*, {@link #writeImage}*, {@link #writeAnnotation}*,
 * {@link #close}. Images come before annotations because an image entry is known before its
 * pixels are rendered, while an annotation is only known after.
 */
public final class CocoInstancesWriter implements Closeable {

    /** The parts of the document in the order they are written; the last three are arrays. */
    private enum Section {
        OPENED(null), HEADER(null), CATEGORIES("categories"), IMAGES("images"), ANNOTATIONS("annotations");

        private final String arrayName;

        Section(String arrayName) {
            this.arrayName = arrayName;
        }
    }

    private final JsonGenerator json;
    private Section section = Section.OPENED;

    public CocoInstancesWriter(OutputStream out) throws IOException {
        this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.writeStartObject();
    }

    /** Writes the "info" member (plain strings and numbers only) and an empty "licenses" list; optional, first. */
    public void writeHeader(Map<String, ?> info) throws IOException {
        if (section != Section.OPENED) {
            throw new IllegalStateException("the header must come first");
        }
        json.writeObjectFieldStart("info");
        for (Map.Entry<String, ?> entry : info.entrySet()) {
            writeScalar(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("licenses");
        json.writeEndArray();
        section = Section.HEADER;
    }

    public void writeCategory(CocoCategory category) throws IOException {
        moveTo(Section.CATEGORIES);
        json.writeStartObject();
        json.writeNumberField("id", category.id());
        json.writeStringField("name", category.name());
        json.writeStringField("supercategory", category.supercategory());
        json.writeEndObject();
    }

    public void writeImage(CocoImage image) throws IOException {
        moveTo(Section.IMAGES);
        json.writeStartObject();
        json.writeNumberField("id", image.id());
        json.writeStringField("file_name", image.fileName());
        json.writeNumberField("width", image.width());
        json.writeNumberField("height", image.height());
        json.writeEndObject();
    }

    /** Writes the annotation with its box as a 4-corner polygon "segmentation", which COCO tools expect. */
    public void writeAnnotation(CocoAnnotation annotation) throws IOException {
        moveTo(Section.ANNOTATIONS);
        BoundingBox box = annotation.bbox();
        json.writeStartObject();
        json.writeNumberField("id", annotation.id());
        json.writeNumberField("image_id", annotation.imageId());
        json.writeNumberField("category_id", annotation.categoryId());
        json.writeFieldName("bbox");
        json.writeArray(new double[] {box.x(), box.y(), box.width(), box.height()}, 0, 4);
        json.writeNumberField("area", annotation.area());
        json.writeNumberField("iscrowd", annotation.crowd() ? 1 : 0);
        json.writeFieldName("segmentation");
        json.writeStartArray();
        double right = box.x() + box.width();
        double bottom = box.y() + box.height();
        json.writeArray(new double[] {box.x(), box.y(), right, box.y(), right, bottom, box.x(), bottom}, 0, 8);
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Completes the document (empty sections included) and closes the underlying stream. */
    @Override
    public void close() throws IOException {
        moveTo(Section.ANNOTATIONS);
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }

    /** Closes the current array and opens the following ones up to the target, so empty sections still appear. */
    private void moveTo(Section target) throws IOException {
        if (target.compareTo(section) < 0) {
            throw new IllegalStateException("cannot write " + target + " after " + section);
        }
        while (section != target) {
            if (section.arrayName != null) {
                json.writeEndArray();
            }
            section = Section.values()[section.ordinal() + 1];
            if (section.arrayName != null) {
                json.writeArrayFieldStart(section.arrayName);
            }
        }
    }

    private void writeScalar(String name, Object value) throws IOException {
        if (value instanceof Long || value instanceof Integer) {
            json.writeNumberField(name, ((Number) value).longValue());
        } else if (value instanceof Number number) {
            json.writeNumberField(name, number.doubleValue());
        } else {
            json.writeStringField(name, String.valueOf(value));
        }
    }
}
