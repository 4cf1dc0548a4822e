package org.xcbir.statistics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the report tables as {@code NAME.csv} files plus one {@code statistics.json}
 * ({@code {"NAME": [ {column: value, ...}, ... ], ...}}). Numbers keep full double precision;
 * undefined values (e.g. a ratio with no no-XAI tasks) are written as {@code NaN} (a string in JSON).
 */
public final class ReportExporter {

    public static final String JSON_FILE = "statistics.json";

    private ReportExporter() {
    }

    /** @return the files written */
    public static List<Path> writeAll(List<ReportTable> tables, Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        for (ReportTable table : tables) {
            Path file = directory.resolve(table.name() + ".csv");
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writeCsv(table, writer);
            }
            written.add(file);
        }
        Path json = directory.resolve(JSON_FILE);
        try (Writer writer = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
            writeJson(tables, writer);
        }
        written.add(json);
        return written;
    }

    public static void writeCsv(ReportTable table, Appendable out) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, CsvFormats.write(table.columns().toArray(String[]::new)))) {
            printer.printRecords(table.rows());
        }
    }

    public static void writeJson(List<ReportTable> tables, Writer out) throws IOException {
        Map<String, List<Map<String, Object>>> document = new LinkedHashMap<>();
        for (ReportTable table : tables) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (List<Object> row : table.rows()) {
                Map<String, Object> object = new LinkedHashMap<>();
                for (int c = 0; c < row.size(); c++) {
                    object.put(table.columns().get(c), row.get(c));
                }
                rows.add(object);
            }
            document.put(table.name(), rows);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, document);
    }
}
