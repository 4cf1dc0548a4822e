package org.xcbir.statistics;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Reads and writes per-class archive statistics: header {@code class,confuser,area} (see STATISTICS-CSV.md). */
public final class ClassArchiveStatsCsv {

    private ClassArchiveStatsCsv() {
    }

    public static List<ClassArchiveStats> read(Reader reader) throws IOException {
        List<ClassArchiveStats> stats = new ArrayList<>();
        try (CSVParser parser = CsvFormats.READ.parse(reader)) {
            for (CSVRecord record : parser) {
                stats.add(new ClassArchiveStats(CsvFormats.text(record, "class"),
                        CsvFormats.decimal(record, "confuser"), CsvFormats.decimal(record, "area")));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return stats;
    }

    public static void write(Appendable out, List<ClassArchiveStats> stats) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, CsvFormats.write("class", "confuser", "area"))) {
            for (ClassArchiveStats classStats : stats) {
                printer.printRecord(classStats.className(), classStats.confuser(), classStats.area());
            }
        }
    }
}
