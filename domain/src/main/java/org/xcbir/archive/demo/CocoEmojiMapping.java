package org.xcbir.archive.demo;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.xcbir.archive.CocoCategory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 80 COCO 2017 categories with their real ids, each mapped to the emoji renders that
 * depict it and to its clutter affinity and typical size. Kept as data in {@code coco-emoji.csv}
 * (built once with the code point names of emoji-datasource-google; not needed at run time).
 */
public final class CocoEmojiMapping {

    private static final String RESOURCE = "coco-emoji.csv";

    private CocoEmojiMapping() {
    }

    public static List<DemoObjectClass> load() {
        try (InputStream in = CocoEmojiMapping.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<DemoObjectClass> parse(Reader csv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<DemoObjectClass> classes = new ArrayList<>();
        for (CSVRecord row : format.parse(csv)) {
            CocoCategory category = new CocoCategory(Integer.parseInt(row.get("category_id")),
                    row.get("name"), row.get("supercategory"));
            List<RenderReference> renders = Arrays.stream(row.get("renders").trim().split("\\s+"))
                    .filter(s -> !s.isEmpty()).map(RenderReference::parse).toList();
            classes.add(new DemoObjectClass(category, Double.parseDouble(row.get("clutter_affinity")),
                    Double.parseDouble(row.get("typical_size")), renders));
        }
        return List.copyOf(classes);
    }
}
