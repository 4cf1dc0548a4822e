package org.xcbir.statistics.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xcbir.statistics.figures.SvgDocuments.elements;
import static org.xcbir.statistics.figures.SvgDocuments.number;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xcbir.statistics.Figure4Point;
import org.xcbir.statistics.Superclass;

class Figure4ChartTest {

    private static final String AWKWARD = "fork & <knife> \"x\"";
    /** Ratio, confuser and area each in a different order, so that no ordering can pass by accident. */
    private static final List<Figure4Point> POINTS = List.of(
            new Figure4Point("dining table", 0.9, 6.0, 40, Superclass.CL),
            new Figure4Point("spoon", 1.3, 5.0, 1, Superclass.CS),
            new Figure4Point(AWKWARD, 1.0, 2.5, 8, Superclass.US),
            new Figure4Point("bed", 1.1, 2.0, 30, Superclass.UL));

    @Test
    void svgIsWellFormedWithOneLabelledBubblePerClass() throws Exception {
        String markup = Figure4Chart.svg(POINTS);
        Document svg = SvgDocuments.parse(markup);

        assertEquals(String.valueOf(Figure4Chart.WIDTH), svg.getDocumentElement().getAttribute("width"));
        assertEquals(POINTS.size(), elements(svg, "circle").size());
        List<String> texts = SvgDocuments.texts(svg);
        POINTS.forEach(point -> assertTrue(texts.contains(point.className()), point.className()));
        assertTrue(markup.contains("fork &amp; &lt;knife&gt; &quot;x&quot;"), "label escaped in the markup");
        assertTrue(texts.stream().anyMatch(text -> text.startsWith("XAI ratio")), "x axis title");
        assertTrue(texts.stream().anyMatch(text -> text.startsWith("Confuser")), "y axis title");
        assertTrue(texts.containsAll(List.of("CL  cluttered, large", "US  uncluttered, small")), "legend");
    }

    @Test
    void bubblesArePlacedAndSizedByTheData() throws Exception {
        Document svg = SvgDocuments.parse(Figure4Chart.svg(POINTS));
        Map<String, Element> bubbles = elements(svg, "circle").stream()
                .collect(Collectors.toMap(circle -> className(SvgDocuments.tooltip(circle)), circle -> circle));

        assertIncreasing(bubbles, Figure4Point::area, "r", "radius grows with the area");
        assertIncreasing(bubbles, Figure4Point::xaiRatio, "cx", "x grows with the ratio");
        assertIncreasing(bubbles, point -> -point.confuser(), "cy", "higher confuser is higher up (smaller y)");
        Element ratioOne = elements(svg, "line").stream()
                .filter(line -> line.hasAttribute("stroke-dasharray")).findFirst().orElseThrow();
        assertEquals(number(bubbles.get(AWKWARD), "cx"), number(ratioOne, "x1"), 1e-9,
                "the class with ratio 1 sits on the reference line");
    }

    @Test
    void classesWithoutAFiniteRatioAreLeftOutAndCounted() throws Exception {
        List<Figure4Point> withUndefined = new ArrayList<>(POINTS);
        withUndefined.add(new Figure4Point("never searched without XAI", Double.NaN, 3, 3, Superclass.CS));

        Document svg = SvgDocuments.parse(Figure4Chart.svg(withUndefined));

        assertEquals(POINTS.size(), elements(svg, "circle").size());
        assertTrue(SvgDocuments.texts(svg).stream().anyMatch(text -> text.startsWith("1 class without a finite")));
    }

    @Test
    void emptyInputStillDrawsTheAxes() throws Exception {
        Document svg = SvgDocuments.parse(Figure4Chart.svg(List.of()));

        assertEquals(0, elements(svg, "circle").size());
        assertTrue(SvgDocuments.texts(svg).contains("1.0"), "a tick at ratio 1");
    }

    @Test
    void pngHasTheChartSizeAndShowsTheBubbles() throws Exception {
        BufferedImage image = SvgDocuments.decodePng(Figure4Chart.png(POINTS));

        assertEquals(Figure4Chart.WIDTH, image.getWidth());
        assertEquals(Figure4Chart.HEIGHT, image.getHeight());
        assertTrue(SvgDocuments.distinctColours(image) > 2, "not blank");
        // the PNG follows the SVG's layout: the largest bubble's centre has the CL colour (red-orange)
        Element diningTable = elements(SvgDocuments.parse(Figure4Chart.svg(POINTS)), "circle").stream()
                .filter(circle -> SvgDocuments.tooltip(circle).startsWith("dining table (")).findFirst().orElseThrow();
        Color centre = new Color(image.getRGB((int) number(diningTable, "cx"), (int) number(diningTable, "cy")));
        assertTrue(centre.getRed() > centre.getBlue() + 50, "CL bubble at its SVG position: " + centre);
    }

    @Test
    void equalInputGivesEqualOutput() {
        assertEquals(Figure4Chart.svg(POINTS), Figure4Chart.svg(List.copyOf(POINTS)));
        assertArrayEquals(Figure4Chart.png(POINTS), Figure4Chart.png(List.copyOf(POINTS)));
    }

    private static String className(String tooltip) {
        return tooltip.substring(0, tooltip.lastIndexOf(" ("));
    }

    private static void assertIncreasing(Map<String, Element> bubbles, ToDoubleFunction<Figure4Point> data,
                                         String attribute, String message) {
        List<Double> pixels = POINTS.stream().sorted(Comparator.comparingDouble(data))
                .map(point -> number(bubbles.get(point.className()), attribute)).toList();
        for (int i = 1; i < pixels.size(); i++) {
            assertTrue(pixels.get(i) > pixels.get(i - 1), message + ": " + pixels);
        }
    }
}
