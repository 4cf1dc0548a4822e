package org.xcbir.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The questionnaire and class-statistics exports read back as they were written (what the portal hands the CLI). */
class StudyExportCsvTest {

    @Test
    void answersRoundTrip() throws Exception {
        List<LikertAnswer> answers = List.of(new LikertAnswer("p-1", QuestionnaireContext.WITH_XAI, "xai-helped", 5),
                new LikertAnswer("p, \"two\"", QuestionnaireContext.FINAL, "understood", 1));
        StringBuilder csv = new StringBuilder();
        LikertAnswerCsv.write(csv, answers);
        assertEquals(answers, LikertAnswerCsv.read(new StringReader(csv.toString())));
    }

    @Test
    void classStatisticsRoundTrip() throws Exception {
        List<ClassArchiveStats> stats = List.of(new ClassArchiveStats("dog", 2.75, 0.125),
                new ClassArchiveStats("traffic light", 4.0, 0.0031));
        StringBuilder csv = new StringBuilder();
        ClassArchiveStatsCsv.write(csv, stats);
        assertEquals(stats, ClassArchiveStatsCsv.read(new StringReader(csv.toString())));
    }

    @Test
    void aReportTableReadsBackAsWrittenWithItsHeaderFirst() throws Exception {
        ReportTable table = new ReportTable("t", List.of("class", "ratio"),
                List.of(List.of("dog, big", 1.5), List.of("cat", Double.NaN)));
        StringBuilder csv = new StringBuilder();
        ReportExporter.writeCsv(table, csv);
        assertEquals(List.of(List.of("class", "ratio"), List.of("dog, big", "1.5"), List.of("cat", "NaN")),
                ReportTableCsv.rows(new StringReader(csv.toString())));
    }
}
