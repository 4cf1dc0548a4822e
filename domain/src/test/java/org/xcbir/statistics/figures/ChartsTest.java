package org.xcbir.statistics.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {

    private static final Canvas.TextStyle STYLE = Canvas.TextStyle.of(12);

    @Test
    void wrapKeepsLinesWithinTheWidthAndMarksCutText() {
        String text = "one two three four five six seven eight nine ten";
        double width = Charts.textWidth("one two three", STYLE);

        List<String> lines = Charts.wrap(text, STYLE, width, 3);

        assertEquals(3, lines.size());
        lines.forEach(line -> assertTrue(Charts.textWidth(line, STYLE) <= width, line));
        assertEquals("one two three", lines.get(0));
        assertTrue(lines.get(2).endsWith(Charts.ELLIPSIS), lines.get(2));
        assertEquals(List.of(text), Charts.wrap(text, STYLE, 10_000, 3), "no wrap when it fits");
        assertTrue(Charts.wrap("incomprehensibilities", STYLE, 40, 2).get(0).endsWith(Charts.ELLIPSIS),
                "a word wider than the line is cut");
    }

    @Test
    void scaleEndsOnRoundTicksAroundThePaddedData() {
        Charts.LinearScale scale = Charts.LinearScale.rounded(0.83, 1.27, 0, 0, 100);

        assertEquals(0.1, scale.tickStep(), 1e-12);
        assertEquals(List.of("0.8", "0.9", "1.0", "1.1", "1.2", "1.3"),
                scale.ticks().stream().map(scale::format).toList());
        assertEquals(0, scale.map(scale.domainMin()), 1e-9);
        assertEquals(100, scale.map(scale.domainMax()), 1e-9);
        Charts.LinearScale single = Charts.LinearScale.rounded(3, 3, 0, 0, 100);
        assertTrue(single.domainMin() < 3 && single.domainMax() > 3, "a single value gets a span");
    }

    @Test
    void escapesMarkupAndDropsCharactersXmlForbids() {
        assertEquals("a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;", Charts.escapeXml("a<b & \"c\" 'd'\u0001>"));
    }
}
