package org.xcbir.statistics;

import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Shared CSV dialect and strict field parsing with the record's line number in every error. */
final class CsvFormats {

    /** RFC 4180 with a header line; columns are found by name, so their order does not matter. */
    static final CSVFormat READ = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();

    private CsvFormats() {
    }

    static CSVFormat write(String... header) {
        return CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').get();
    }

    static String text(CSVRecord record, String column) {
        if (!record.isMapped(column)) {
            throw new IllegalArgumentException("missing column '" + column + "'");
        }
        String value = record.get(column);
        if (value == null || value.isEmpty()) {
            throw error(record, column, "empty");
        }
        return value;
    }

    static int integer(CSVRecord record, String column) {
        try {
            return Integer.parseInt(text(record, column));
        } catch (NumberFormatException e) {
            throw error(record, column, "not an integer");
        }
    }

    static double decimal(CSVRecord record, String column) {
        try {
            return Double.parseDouble(text(record, column));
        } catch (NumberFormatException e) {
            throw error(record, column, "not a number");
        }
    }

    static boolean bool(CSVRecord record, String column) {
        String value = text(record, column).toLowerCase(Locale.ROOT);
        if (value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw error(record, column, "not true/false");
    }

    static <E extends Enum<E>> E constant(CSVRecord record, String column, Function<String, E> parser) {
        try {
            return parser.apply(text(record, column));
        } catch (IllegalArgumentException e) {
            throw error(record, column, "unknown value '" + record.get(column) + "'");
        }
    }

    static IllegalArgumentException error(CSVRecord record, String column, String problem) {
        return new IllegalArgumentException(
                "line " + record.getParser().getCurrentLineNumber() + ", column '" + column + "': " + problem);
    }
}
