package org.xcbir.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportExporterTest {

    private final StudyReport report = StudyAnalysis.analyse(TestData.handComputed(), TestData.fourClasses(),
            List.of(new LikertAnswer("p1", QuestionnaireContext.FINAL, PaperStatement.PREFER_WITH.id(), 5)),
            new StudyOptions(false, new PermutationSettings(300, 7, 100, false, 0.1)));

    @Test
    void writesEveryTableAsCsvAndAllOfThemAsJson(@TempDir Path directory) throws IOException {
        List<Path> files = ReportExporter.writeAll(ReportTables.of(report), directory);

        Set<String> names = files.stream().map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        assertEquals(Set.of("summary.csv", "per-class.csv", "table1.csv", "table2.csv", "table2-gains.csv",
                "p-values.csv", "figure4.csv", "questionnaire.csv", "figure5.csv", "figure5-by-superclass.csv",
                "statistics.json", "report.xlsx"), names);

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
        assertEquals(PaperStatement.PREFER_WITH.id(), prefer.get("statement").asText());
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

    @Test
    void xlsxHasASheetPerTableWithABoldHeaderAndTypedCells() throws IOException {
        List<ReportTable> tables = ReportTables.of(report);

        try (Workbook workbook = readXlsx(tables)) {
            assertEquals(tables.stream().map(ReportTable::name).toList(), sheetNames(workbook));
            Sheet gains = workbook.getSheet("table2-gains");
            Row header = gains.getRow(0);
            assertEquals("metric", header.getCell(0).getStringCellValue());
            assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold(), "bold header");
            Cell gain = gains.getRow(1).getCell(columnIndex(header, "gain"));
            assertEquals(CellType.NUMERIC, gain.getCellType());
            assertEquals(3.0 / 13, gain.getNumericCellValue(), 1e-15, "full precision");
            assertEquals(CellType.NUMERIC, gains.getRow(1).getCell(columnIndex(header, "tasks_with")).getCellType());
            assertEquals("CLUTTERED", gains.getRow(1).getCell(1).getStringCellValue());
            Sheet pValues = workbook.getSheet("p-values");
            assertEquals(CellType.BOOLEAN,
                    pValues.getRow(1).getCell(columnIndex(pValues.getRow(0), "significant")).getCellType());
            assertTrue(gains.getColumnWidth(0) > 256 * "metric".length(), "columns sized to their content");
            assertEquals(1, gains.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
        }
    }

    @Test
    void undefinedValuesAreTextInTheSpreadsheet() throws IOException {
        StudyReport oneSided = StudyAnalysis.analyse(List.of(TestData.with("a", 1, 1, 1)), List.of(), List.of(),
                new StudyOptions(false, new PermutationSettings(10, 1, 10, false, 0.1)));

        try (Workbook workbook = readXlsx(ReportTables.of(oneSided))) {
            Sheet perClass = workbook.getSheet("per-class");
            Cell ratio = perClass.getRow(1).getCell(columnIndex(perClass.getRow(0), "np_ratio"));
            assertEquals("NaN", ratio.getStringCellValue());
        }
    }

    @Test
    void awkwardTableNamesBecomeValidUniqueSheetNames() throws IOException {
        String long40 = "x".repeat(40);
        List<ReportTable> tables = Stream.of("a/b:c*?[d]\\e", "Results", "RESULTS", "'quoted'", long40, long40 + "y")
                .map(name -> new ReportTable(name, List.of("value"), List.<List<Object>>of(List.of(1L))))
                .toList();

        try (Workbook workbook = readXlsx(tables)) {
            List<String> names = sheetNames(workbook);
            assertEquals(List.of("a_b_c___d__e", "Results", "RESULTS (2)", "_quoted_", "x".repeat(31),
                    "x".repeat(27) + " (2)"), names);
            assertEquals(names.size(), names.stream().map(name -> name.toLowerCase(Locale.ROOT)).distinct().count());
            assertEquals(1.0, workbook.getSheet("RESULTS (2)").getRow(1).getCell(0).getNumericCellValue());
        }
    }

    private static Workbook readXlsx(List<ReportTable> tables) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportExporter.writeXlsx(tables, bytes);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static List<String> sheetNames(Workbook workbook) {
        return IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
    }

    private static int columnIndex(Row header, String column) {
        for (Cell cell : header) {
            if (cell.getStringCellValue().equals(column)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + column);
    }

    private static List<CSVRecord> readCsv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
