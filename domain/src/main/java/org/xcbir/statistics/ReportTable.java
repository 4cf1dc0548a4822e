package org.xcbir.statistics;

import java.util.List;

/**
 * One exported table: a file name stem, column names and rows of String/Number/Boolean cells.
 * CSV, JSON and the console print the same tables, so the three can never disagree.
 */
public record ReportTable(String name, List<String> columns, List<List<Object>> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
        int width = columns.size();
        for (List<Object> row : rows) {
            if (row.size() != width) {
                throw new IllegalArgumentException(name + ": row has " + row.size() + " cells, expected " + width);
            }
        }
        rows = rows.stream().<List<Object>>map(List::copyOf).toList();
    }
}
