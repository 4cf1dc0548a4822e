package org.xcbir.saliency;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * One map to precompute: a query image and a result image of the same archive. Lists of pairs travel as CSV
 * with the header {@code query_image_id,result_image_id}.
 */
public record MapPair(long queryImageId, long resultImageId) {
    static final String QUERY = "query_image_id";
    static final String RESULT = "result_image_id";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader(QUERY, RESULT).build();

    public static void write(List<MapPair> pairs, Writer out) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (MapPair pair : pairs) {
                printer.printRecord(pair.queryImageId, pair.resultImageId);
            }
        }
    }

    /** Reads pairs written by {@link #write}; a line that is not two ids fails with its line number. */
    public static List<MapPair> read(Reader in) throws IOException {
        List<MapPair> pairs = new ArrayList<>();
        for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            try {
                pairs.add(new MapPair(Long.parseLong(row.get(QUERY).trim()), Long.parseLong(row.get(RESULT).trim())));
            } catch (IllegalArgumentException e) {
                throw new IOException("line " + (row.getRecordNumber() + 1) + " is not " + QUERY + "," + RESULT
                        + ": " + row, e);
            }
        }
        return pairs;
    }
}
