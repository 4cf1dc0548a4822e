package org.xcbir.statistics.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xcbir.statistics.figures.SvgDocuments.elements;
import static org.xcbir.statistics.figures.SvgDocuments.number;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xcbir.statistics.LikertSummary;
import org.xcbir.statistics.PaperStatement;
import org.xcbir.statistics.QuestionnaireContext;
import org.xcbir.study.LikertLevel;

class Figure5ChartTest {

    private static final String OWN_STATEMENT = "mine & <yours>";
    private static final List<LikertSummary> SUMMARIES = List.of(
            summary(PaperStatement.PREFER_WITH.id(), QuestionnaireContext.FINAL, 0.1, 0.2, 0.0, 0.3, 0.25, 0.15),
            summary(PaperStatement.UNDERSTAND_SYSTEM.id(), QuestionnaireContext.WITH_XAI, 0, 0, 0.5, 0.5, 0, 0),
            summary(OWN_STATEMENT, QuestionnaireContext.NO_XAI, 0.6, 0.1, 0.1, 0.1, 0.05, 0.05));

    @Test
    void oneBarPerSummaryWithSegmentsProportionalToTheShares() throws Exception {
        Document svg = SvgDocuments.parse(Figure5Chart.svg(SUMMARIES));
        List<Element> bars = elements(svg, "g");

        assertEquals(SUMMARIES.size(), bars.size());
        Double midpoint = null;
        Double fullWidth = null;
        for (int b = 0; b < bars.size(); b++) {
            List<Element> segments = elements(bars.get(b), "rect");
            assertEquals(LikertLevel.values().length, segments.size());
            List<Double> fractions = SUMMARIES.get(b).levelFractions();
            double total = segments.stream().mapToDouble(segment -> number(segment, "width")).sum();
            // fractions sum to 1, so every bar is equally long in total: one scale for all bars
            fullWidth = fullWidth == null ? total : fullWidth;
            assertEquals(fullWidth, total, 0.05);
            for (Element segment : segments) {
                int level = level(SvgDocuments.tooltip(segment));
                assertEquals(fractions.get(level - 1), number(segment, "width") / total, 1e-3,
                        "bar " + b + " level " + level);
            }
            // diverging: levels 1-3 end at the midpoint from the left, 4-6 start there
            Element slightlyDisagree = segments.stream().filter(s -> level(SvgDocuments.tooltip(s)) == 3)
                    .findFirst().orElseThrow();
            Element slightlyAgree = segments.stream().filter(s -> level(SvgDocuments.tooltip(s)) == 4)
                    .findFirst().orElseThrow();
            double end = number(slightlyDisagree, "x") + number(slightlyDisagree, "width");
            midpoint = midpoint == null ? end : midpoint;
            assertEquals(midpoint, end, 0.02);
            assertEquals(midpoint, number(slightlyAgree, "x"), 0.02);
        }
    }

    @Test
    void showsStatementTextsPercentagesAndTheLevelLegend() throws Exception {
        String markup = Figure5Chart.svg(SUMMARIES);
        List<String> texts = SvgDocuments.texts(SvgDocuments.parse(markup));
        String allText = String.join(" ", texts);

        assertTrue(allText.contains(PaperStatement.PREFER_WITH.text()), "wrapped lines in order: " + allText);
        assertTrue(allText.contains(PaperStatement.UNDERSTAND_SYSTEM.text()), allText);
        assertTrue(texts.contains(OWN_STATEMENT), "an unknown statement is shown by its id");
        assertTrue(markup.contains("mine &amp; &lt;yours&gt;"), "escaped");
        Arrays.stream(LikertLevel.values()).forEach(level -> assertTrue(texts.contains(level.label()), level.label()));
        assertTrue(texts.containsAll(List.of("30%", "25%", "50%")), "segment percentages");
        assertTrue(texts.contains("70% agree"), "share of levels 4-6 beside the first bar");
    }

    @Test
    void longStatementsAreWrappedToTwoLinesAtMost() throws Exception {
        String longStatement = "word ".repeat(200).trim();
        List<String> texts = SvgDocuments.texts(SvgDocuments.parse(
                Figure5Chart.svg(List.of(summary(longStatement, QuestionnaireContext.FINAL, 1, 0, 0, 0, 0, 0)))));

        List<String> headingLines = texts.stream().filter(text -> text.startsWith("word")).toList();
        assertEquals(2, headingLines.size(), texts.toString());
        assertTrue(headingLines.get(1).endsWith(Charts.ELLIPSIS));
    }

    @Test
    void pngHasTheSvgSizeAndIsDrawn() throws Exception {
        Element root = SvgDocuments.parse(Figure5Chart.svg(SUMMARIES)).getDocumentElement();
        BufferedImage image = SvgDocuments.decodePng(Figure5Chart.png(SUMMARIES));

        assertEquals(Figure5Chart.WIDTH, image.getWidth());
        assertEquals((int) number(root, "height"), image.getHeight());
        assertTrue(SvgDocuments.distinctColours(image) > 2, "not blank");
        int oneBar = SvgDocuments.decodePng(Figure5Chart.png(SUMMARIES.subList(0, 1))).getHeight();
        assertTrue(image.getHeight() > oneBar, "grows with the bars");
    }

    @Test
    void equalInputGivesEqualOutput() {
        assertEquals(Figure5Chart.svg(SUMMARIES), Figure5Chart.svg(List.copyOf(SUMMARIES)));
        assertArrayEquals(Figure5Chart.png(SUMMARIES), Figure5Chart.png(List.copyOf(SUMMARIES)));
    }

    /** Level of a segment from its tooltip, e.g. "slightly agree: 30%". */
    private static int level(String tooltip) {
        String label = tooltip.substring(0, tooltip.indexOf(':'));
        return Arrays.stream(LikertLevel.values()).filter(level -> level.label().equals(label)).findFirst()
                .orElseThrow().score();
    }

    private static LikertSummary summary(String statementId, QuestionnaireContext context, double... fractions) {
        List<Double> shares = Arrays.stream(fractions).boxed().toList();
        double agree = fractions[3] + fractions[4] + fractions[5];
        return new LikertSummary(statementId, context, 20, shares, agree, fractions[4] + fractions[5], 0.5);
    }
}
