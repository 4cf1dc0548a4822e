package org.xcbir.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportExporterTest {

    private final StudyReport report = StudyAnalysis.analyse(TestData.handComputed(), TestData.fourClasses(),
            List.of(new LikertAnswer("p1", QuestionnaireContext.FINAL, "prefer_with", 5)),
            new StudyOptions(false, new PermutationSettings(300, 7, 100, false, 0.1)));

    @Test
    void writesEveryTableAsCsvAndAllOfThemAsJson(@TempDir Path directory) throws IOException {
        List<Path> files = ReportExporter.writeAll(ReportTables.of(report), directory);

        Set<String> names = files.stream().map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        assertEquals(Set.of("summary.csv", "per-class.csv", "table1.csv", "table2.csv", "table2-gains.csv",
                "p-values.csv", "figure4.csv", "questionnaire.csv", "figure5.csv", "figure5-by-superclass.csv",
                "statistics.json"), names);

        List<CSVRecord> gains = readCsv(directory.resolve("table2-gains.csv"));
        CSVRecord clutteredNp = gains.get(0);
        assertEquals("NP", clutteredNp.get("metric"));
        assertEquals("CLUTTERED", clutteredNp.get("group"));
        assertEquals(3.0 / 13, Double.parseDouble(clutteredNp.get("gain")), 1e-15, "full precision in CSV");

        List<CSVRecord> table1 = readCsv(directory.resolve("table1.csv"));
        assertEquals("2", table1.get(0).get("qd_raw_with"));
        assertEquals(2.0, Double.parseDouble(table1.get(0).get("ratio")), 1e-15);

        JsonNode json = new ObjectMapper().readTree(directory.resolve("statistics.json").toFile());
        assertEquals(3.0 / 13, json.get("table2-gains").get(0).get("gain").asDouble(), 1e-15);
        assertEquals(300, json.get("p-values").get(0).get("permutations").asInt());
        assertEquals(6, json.get("figure5").size(), "six bars for one statement/context");
        assertTrue(json.get("p-values").get(0).get("significant").isBoolean());
        JsonNode prefer = json.get("questionnaire").get(0);
        assertEquals("prefer_with", prefer.get("statement").asText());
        assertEquals(0.58, prefer.get("paper_agree_4_to_6").asDouble(), 1e-12, "paper's share beside ours");
    }

    @Test
    void undefinedValuesAreWrittenAsNaN() throws IOException {
        StudyReport oneSided = StudyAnalysis.analyse(List.of(TestData.with("a", 1, 1, 1)), List.of(), List.of(),
                new StudyOptions(false, new PermutationSettings(10, 1, 10, false, 0.1)));
        StringBuilder csv = new StringBuilder();

        ReportExporter.writeCsv(ReportTables.of(oneSided).get(1), csv);

        assertTrue(csv.toString().contains(",NaN"), csv.toString());
    }

    private static List<CSVRecord> readCsv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
