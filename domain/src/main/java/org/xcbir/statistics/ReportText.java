package org.xcbir.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders report tables as aligned plain text for the console: numbers rounded to 3 decimals, or in
 * scientific notation where that would show 0.000, so that a p-value of 1/10001 stays visible.
 */
public final class ReportText {

    private static final String GAP = "  ";

    private ReportText() {
    }

    public static String format(List<ReportTable> tables) {
        StringBuilder text = new StringBuilder();
        for (ReportTable table : tables) {
            text.append("== ").append(table.name()).append(" ==\n");
            appendAligned(table, text);
            text.append('\n');
        }
        return text.toString();
    }

    private static void appendAligned(ReportTable table, StringBuilder text) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(table.columns());
        table.rows().forEach(row -> cells.add(row.stream().map(ReportText::cell).toList()));
        int[] widths = new int[table.columns().size()];
        for (List<String> row : cells) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        for (List<String> row : cells) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                line.append(String.format(Locale.ROOT, "%-" + widths[c] + "s", row.get(c))).append(GAP);
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
    }

    static String cell(Object value) {
        if (value instanceof Double number) {
            if (Double.isNaN(number)) {
                return "NaN";
            }
            boolean tiny = number != 0 && Math.abs(number) < 0.0005;
            return String.format(Locale.ROOT, tiny ? "%.1e" : "%.3f", number);
        }
        return String.valueOf(value);
    }
}
