package org.xcbir.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTextTest {

    @Test
    void roundsNumbersButKeepsSmallPValuesVisible() {
        assertEquals("0.013", ReportText.cell(0.0126));
        assertEquals("1.0e-04", ReportText.cell(1.0 / 10_001));
        assertEquals("0.001", ReportText.cell(10.0 / 10_001));
        assertEquals("0.000", ReportText.cell(0.0));
        assertEquals("NaN", ReportText.cell(Double.NaN));
        assertEquals("12", ReportText.cell(12L));
    }

    @Test
    void alignsColumns() {
        String text = ReportText.format(List.of(new ReportTable("t", List.of("a", "long_name"),
                List.of(List.of("xyz", 1.5), List.of("q", true)))));

        assertEquals("== t ==\na    long_name\nxyz  1.500\nq    true\n\n", text);
    }
}
