package org.xcbir.statistics;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a report table written by {@link ReportExporter} back as text, for showing it as it was stored. */
public final class ReportTableCsv {

    private ReportTableCsv() {
    }

    /** @return the rows, the first one the header */
    public static List<List<String>> rows(Reader in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.parse(in)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }
}
