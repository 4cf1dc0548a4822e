package org.xcbir.statistics;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes the per-task CSV (one row per completed task; see STATISTICS-CSV.md).
 *
 * <p>Header (names matter, order does not; extra columns are ignored):
 * <pre>
 * participant_id   text        who searched
 * simulated        true/false  scripted participant
 * query_image_id   text        query image
 * query_class      text        class to find
 * condition        NO_XAI | WITH_XAI
 * true_positives   int >= 0    nP
 * false_positives  int >= 0
 * adjudications    int >= 0    nA
 * refinements      int >= 0
 * seconds          number >= 0 T
 * </pre>
 */
public final class TaskResultCsv {

    static final String[] COLUMNS = {"participant_id", "simulated", "query_image_id", "query_class", "condition",
            "true_positives", "false_positives", "adjudications", "refinements", "seconds"};

    private TaskResultCsv() {
    }

    /** @throws IllegalArgumentException naming line and column of the first bad field */
    public static List<TaskResult> read(Reader reader) throws IOException {
        List<TaskResult> tasks = new ArrayList<>();
        try (CSVParser parser = CsvFormats.READ.parse(reader)) {
            for (CSVRecord record : parser) {
                tasks.add(parse(record));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return tasks;
    }

    private static TaskResult parse(CSVRecord record) {
        try {
            return new TaskResult(
                    CsvFormats.text(record, "participant_id"),
                    CsvFormats.bool(record, "simulated"),
                    CsvFormats.text(record, "query_image_id"),
                    CsvFormats.text(record, "query_class"),
                    CsvFormats.constant(record, "condition", Condition::parse),
                    CsvFormats.integer(record, "true_positives"),
                    CsvFormats.integer(record, "false_positives"),
                    CsvFormats.integer(record, "adjudications"),
                    CsvFormats.integer(record, "refinements"),
                    CsvFormats.decimal(record, "seconds"));
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("line ")) {
                throw e;
            }
            throw new IllegalArgumentException("line " + record.getParser().getCurrentLineNumber() + ": " + e.getMessage(), e);
        }
    }

    public static void write(Appendable out, List<TaskResult> tasks) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, CsvFormats.write(COLUMNS))) {
            for (TaskResult task : tasks) {
                printer.printRecord(task.participantId(), task.simulated(), task.queryImageId(), task.queryClass(),
                        task.condition(), task.truePositives(), task.falsePositives(), task.adjudications(),
                        task.refinements(), task.seconds());
            }
        }
    }
}
