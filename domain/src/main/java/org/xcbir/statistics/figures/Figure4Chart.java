package org.xcbir.statistics.figures;

import java.awt.Color;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xcbir.statistics.Figure4Point;
import org.xcbir.statistics.Superclass;
import org.xcbir.statistics.figures.Canvas.Anchor;
import org.xcbir.statistics.figures.Canvas.TextStyle;

/**
 * Figure 4 of the paper as SVG or PNG: one bubble per query class at (XAI ratio, Confuser), its area
 * proportional to the class's mean instance area, coloured by superclass, with a reference line at
 * ratio 1 (right of it, XAI helped). Classes without a finite ratio cannot be placed; a note under the
 * plot counts them.
 */
public final class Figure4Chart {

    public static final int WIDTH = 900;
    public static final int HEIGHT = 600;

    private static final double LEFT = 80;
    private static final double RIGHT = WIDTH - 190;
    private static final double TOP = 60;
    private static final double BOTTOM = HEIGHT - 70;
    /** Bubble radius of the largest area; others scale with the square root so that bubble area ~ class area. */
    private static final double MAX_RADIUS = 30;
    /** Keeps the smallest classes visible. */
    private static final double MIN_RADIUS = 3;
    /** Share of the data span left free at each end of an axis, for the bubbles. */
    private static final double PADDING = 0.08;
    private static final int BUBBLE_ALPHA = 150;

    /** Okabe-Ito colours: warm = cluttered, cool = uncluttered, darker = large. */
    private static final Map<Superclass, Color> COLOURS = new EnumMap<>(Map.of(
            Superclass.CL, new Color(0xD55E00),
            Superclass.CS, new Color(0xE69F00),
            Superclass.UL, new Color(0x0072B2),
            Superclass.US, new Color(0x56B4E9)));
    private static final Map<Superclass, String> DESCRIPTIONS = new EnumMap<>(Map.of(
            Superclass.CL, "cluttered, large",
            Superclass.CS, "cluttered, small",
            Superclass.UL, "uncluttered, large",
            Superclass.US, "uncluttered, small"));

    private static final TextStyle TITLE = TextStyle.of(16).withBold();
    private static final TextStyle TICK = TextStyle.of(11).withColour(Charts.AXIS);
    private static final TextStyle AXIS_TITLE = TextStyle.of(13).withAnchor(Anchor.MIDDLE);
    private static final TextStyle LABEL = TextStyle.of(11);
    private static final TextStyle NOTE = TextStyle.of(11).withColour(Charts.AXIS);

    private Figure4Chart() {
    }

    public static String svg(List<Figure4Point> points) {
        return Charts.svg(WIDTH, HEIGHT, canvas -> draw(points, canvas));
    }

    public static byte[] png(List<Figure4Point> points) {
        return Charts.png(WIDTH, HEIGHT, canvas -> draw(points, canvas));
    }

    private static void draw(List<Figure4Point> points, Canvas canvas) {
        List<Figure4Point> placed = points.stream()
                .filter(p -> Double.isFinite(p.xaiRatio()) && Double.isFinite(p.confuser()) && Double.isFinite(p.area()))
                .toList();
        // ratio 1 is always in view: it is the line the figure is read against
        double minRatio = Math.min(1, placed.stream().mapToDouble(Figure4Point::xaiRatio).min().orElse(1));
        double maxRatio = Math.max(1, placed.stream().mapToDouble(Figure4Point::xaiRatio).max().orElse(1));
        Charts.LinearScale x = Charts.LinearScale.rounded(minRatio, maxRatio, PADDING, LEFT, RIGHT);
        Charts.LinearScale y = Charts.LinearScale.rounded(
                placed.stream().mapToDouble(Figure4Point::confuser).min().orElse(0),
                placed.stream().mapToDouble(Figure4Point::confuser).max().orElse(1), PADDING, BOTTOM, TOP);
        double maxArea = placed.stream().mapToDouble(Figure4Point::area).max().orElse(0);

        canvas.text(LEFT, TOP - 30, "Figure 4. XAI benefit per query class", TITLE);
        drawAxes(x, y, canvas);
        double one = x.map(1);
        canvas.line(one, TOP, one, BOTTOM, Charts.AXIS, 1.2, true);
        canvas.text(one + 5, TOP + 14, "XAI helps →", NOTE);
        canvas.text(one - 5, TOP + 14, "← XAI hurts", NOTE.withAnchor(Anchor.END));

        // largest first, so that small bubbles stay visible on top of large ones
        List<Figure4Point> drawingOrder = placed.stream()
                .sorted(Comparator.comparingDouble(Figure4Point::area).reversed()
                        .thenComparing(Figure4Point::className))
                .toList();
        for (Figure4Point point : drawingOrder) {
            Color colour = COLOURS.get(point.superclass());
            canvas.circle(x.map(point.xaiRatio()), y.map(point.confuser()), radius(point.area(), maxArea),
                    Charts.translucent(colour, BUBBLE_ALPHA), colour.darker(), tooltip(point));
        }
        // labels after every bubble, so that no bubble covers a label
        for (Figure4Point point : drawingOrder) {
            drawLabel(point, x, y, radius(point.area(), maxArea), canvas);
        }
        drawLegend(canvas);
        if (placed.size() < points.size()) {
            int missing = points.size() - placed.size();
            canvas.text(LEFT, HEIGHT - 10, missing + (missing == 1 ? " class" : " classes") + " without a finite XAI"
                    + " ratio not shown (a condition without tasks, or nothing found without XAI)", NOTE);
        }
    }

    private static void drawAxes(Charts.LinearScale x, Charts.LinearScale y, Canvas canvas) {
        for (double tick : x.ticks()) {
            double px = x.map(tick);
            canvas.line(px, TOP, px, BOTTOM, Charts.GRID, 1, false);
            canvas.line(px, BOTTOM, px, BOTTOM + 5, Charts.AXIS, 1, false);
            canvas.text(px, BOTTOM + 18, x.format(tick), TICK.withAnchor(Anchor.MIDDLE));
        }
        for (double tick : y.ticks()) {
            double py = y.map(tick);
            canvas.line(LEFT, py, RIGHT, py, Charts.GRID, 1, false);
            canvas.line(LEFT - 5, py, LEFT, py, Charts.AXIS, 1, false);
            canvas.text(LEFT - 8, py + 4, y.format(tick), TICK.withAnchor(Anchor.END));
        }
        canvas.line(LEFT, BOTTOM, RIGHT, BOTTOM, Charts.AXIS, 1, false);
        canvas.line(LEFT, TOP, LEFT, BOTTOM, Charts.AXIS, 1, false);
        canvas.text((LEFT + RIGHT) / 2, BOTTOM + 42, "XAI ratio: positives found with XAI / without XAI", AXIS_TITLE);
        canvas.text(LEFT - 48, (TOP + BOTTOM) / 2, "Confuser: mean classes per archive image", AXIS_TITLE.withVertical());
    }

    /** Radius proportional to the square root of the area: the bubble's area, not its width, shows the size. */
    private static double radius(double area, double maxArea) {
        if (maxArea <= 0) {
            return MIN_RADIUS;
        }
        return Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(Math.max(0, area) / maxArea));
    }

    /** Right of the bubble, or left of it where the label would leave the plot. */
    private static void drawLabel(Figure4Point point, Charts.LinearScale x, Charts.LinearScale y, double radius,
                                  Canvas canvas) {
        double centreX = x.map(point.xaiRatio());
        double baseline = y.map(point.confuser()) + LABEL.size() / 3;
        boolean fitsRight = centreX + radius + 3 + Charts.textWidth(point.className(), LABEL) <= RIGHT;
        if (fitsRight) {
            canvas.text(centreX + radius + 3, baseline, point.className(), LABEL);
        } else {
            canvas.text(centreX - radius - 3, baseline, point.className(), LABEL.withAnchor(Anchor.END));
        }
    }

    private static String tooltip(Figure4Point point) {
        return String.format(Locale.ROOT, "%s (%s): XAI ratio %.3f, confuser %.3f, area %.4g", point.className(),
                point.superclass(), point.xaiRatio(), point.confuser(), point.area());
    }

    private static void drawLegend(Canvas canvas) {
        double left = RIGHT + 25;
        double top = TOP + 10;
        canvas.text(left, top, "Superclass", LABEL.withBold());
        double rowY = top + 22;
        for (Superclass superclass : Superclass.values()) {
            Color colour = COLOURS.get(superclass);
            canvas.rect(left, rowY - 10, 12, 12, Charts.translucent(colour, BUBBLE_ALPHA), null);
            canvas.text(left + 18, rowY, superclass.name() + "  " + DESCRIPTIONS.get(superclass), LABEL);
            rowY += 20;
        }
        canvas.text(left, rowY + 12, "Bubble area: mean", NOTE);
        canvas.text(left, rowY + 27, "instance area of the class", NOTE);
    }
}
