package org.xcbir.statistics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the report tables as {@code NAME.csv} files plus one {@code statistics.json}
 * ({@code {"NAME": [ {column: value, ...}, ... ], ...}}) and one {@code report.xlsx} (a sheet per table).
 * Numbers keep full double precision; undefined values (e.g. a ratio with no no-XAI tasks) are written
 * as {@code NaN} (a string in JSON and in the spreadsheet, which has no such number).
 */
public final class ReportExporter {

    public static final String JSON_FILE = "statistics.json";
    public static final String XLSX_FILE = "report.xlsx";

    /** Column width in characters for numbers: Excel's General format shows at most 11 digits plus sign and point. */
    private static final int NUMBER_WIDTH = 13;
    private static final int MAX_COLUMN_WIDTH = 80;
    /** Excel's limit (POI's {@code WorkbookUtil} truncates to it too). */
    private static final int MAX_SHEET_NAME_LENGTH = 31;

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
        Path xlsx = directory.resolve(XLSX_FILE);
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            writeXlsx(tables, out);
        }
        written.add(xlsx);
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

    /**
     * One sheet per table, in order: a bold, frozen header row, then the rows with numbers and booleans
     * as such (not as text). Sheet names follow Excel's rules (see {@link #sheetNames(List)}).
     * {@code out} is left open.
     */
    public static void writeXlsx(List<ReportTable> tables, OutputStream out) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            List<String> sheetNames = sheetNames(tables);
            for (int t = 0; t < tables.size(); t++) {
                writeSheet(tables.get(t), workbook.createSheet(sheetNames.get(t)), header);
            }
            workbook.write(out);
        }
    }

    private static void writeSheet(ReportTable table, Sheet sheet, CellStyle headerStyle) {
        int[] widths = new int[table.columns().size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < widths.length; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(table.columns().get(c));
            cell.setCellStyle(headerStyle);
            widths[c] = table.columns().get(c).length();
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = table.rows().get(r);
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], setValue(row.createCell(c), values.get(c)));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            // in 1/256ths of a character, plus room for Excel's cell padding
            sheet.setColumnWidth(c, Math.min(widths[c] + 2, MAX_COLUMN_WIDTH) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** @return the width in characters the value needs */
    private static int setValue(Cell cell, Object value) {
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            cell.setCellValue(number.doubleValue());
            return NUMBER_WIDTH;
        }
        if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
            return Boolean.toString(bool).length();
        }
        String text = String.valueOf(value);
        cell.setCellValue(text);
        return text.length();
    }

    /**
     * Table names made valid sheet names: at most 31 characters, none of {@code []:*?/\}, no apostrophe at
     * either end, and unique regardless of case (Excel's comparison), a clash getting " (2)", " (3)", ...
     */
    static List<String> sheetNames(List<ReportTable> tables) {
        Set<String> taken = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (ReportTable table : tables) {
            String safe = WorkbookUtil.createSafeSheetName(table.name(), '_');
            String name = safe;
            for (int copy = 2; !taken.add(name.toLowerCase(Locale.ROOT)); copy++) {
                String suffix = " (" + copy + ")";
                name = safe.substring(0, Math.min(safe.length(), MAX_SHEET_NAME_LENGTH - suffix.length())) + suffix;
            }
            names.add(name);
        }
        return names;
    }
}
