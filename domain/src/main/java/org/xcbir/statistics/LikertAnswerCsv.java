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
 * Reads and writes questionnaire answers: header {@code participant_id,context,statement_id,level}, context one of
 * NO_XAI, WITH_XAI, FINAL, level 1..6 (see STATISTICS-CSV.md).
 */
public final class LikertAnswerCsv {

    private LikertAnswerCsv() {
    }

    public static List<LikertAnswer> read(Reader reader) throws IOException {
        List<LikertAnswer> answers = new ArrayList<>();
        try (CSVParser parser = CsvFormats.READ.parse(reader)) {
            for (CSVRecord record : parser) {
                int level = CsvFormats.integer(record, "level");
                if (level < LikertAnswer.MIN_LEVEL || level > LikertAnswer.MAX_LEVEL) {
                    throw CsvFormats.error(record, "level", "must be 1..6");
                }
                answers.add(new LikertAnswer(CsvFormats.text(record, "participant_id"),
                        CsvFormats.constant(record, "context", QuestionnaireContext::parse),
                        CsvFormats.text(record, "statement_id"), level));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return answers;
    }

    public static void write(Appendable out, List<LikertAnswer> answers) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, CsvFormats.write(
                "participant_id", "context", "statement_id", "level"))) {
            for (LikertAnswer answer : answers) {
                printer.printRecord(answer.participantId(), answer.context(), answer.statementId(), answer.level());
            }
        }
    }
}
