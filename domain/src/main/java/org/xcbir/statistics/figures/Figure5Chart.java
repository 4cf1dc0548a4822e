package org.xcbir.statistics.figures;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xcbir.statistics.LikertSummary;
import org.xcbir.statistics.PaperStatement;
import org.xcbir.statistics.QuestionnaireContext;
import org.xcbir.statistics.figures.Canvas.Anchor;
import org.xcbir.statistics.figures.Canvas.TextStyle;
import org.xcbir.study.LikertLevel;

/**
 * Figure 5 of the paper as SVG or PNG: per statement (its text as a heading) one horizontal bar per
 * questionnaire context, split into the shares of the six Likert levels. The bars diverge at the scale's
 * midpoint: disagreement (levels 1-3) extends left, agreement (4-6) right, so the length on each side is
 * the share on that side; the share of agreement (levels 4-6, as the paper reports it) is printed beside.
 */
public final class Figure5Chart {

    public static final int WIDTH = 900;

    private static final double MARGIN = 20;
    private static final double LABEL_WIDTH = 190;
    private static final double SHARE_WIDTH = 90;
    private static final double PLOT_LEFT = MARGIN + LABEL_WIDTH;
    private static final double PLOT_RIGHT = WIDTH - MARGIN - SHARE_WIDTH;
    private static final double CENTRE = (PLOT_LEFT + PLOT_RIGHT) / 2;
    private static final double TITLE_HEIGHT = 60;
    private static final double HEADING_LINE = 16;
    private static final int HEADING_MAX_LINES = 2;
    private static final double BAR_HEIGHT = 20;
    private static final double BAR_GAP = 6;
    private static final double STATEMENT_GAP = 14;
    private static final double AXIS_HEIGHT = 50;
    private static final double LEGEND_HEIGHT = 40;
    /** Narrower segments have no room for their percentage (the SVG tooltip still has it). */
    private static final double MIN_LABELLED_WIDTH = 28;

    /** ColorBrewer RdBu: red = disagree, blue = agree, paler towards the midpoint. */
    private static final List<Color> LEVEL_COLOURS = List.of(new Color(0xB2182B), new Color(0xEF8A62),
            new Color(0xFDDBC7), new Color(0xD1E5F0), new Color(0x67A9CF), new Color(0x2166AC));

    private static final TextStyle TITLE = TextStyle.of(16).withBold();
    private static final TextStyle HEADING = TextStyle.of(12).withBold();
    private static final TextStyle LABEL = TextStyle.of(11);
    private static final TextStyle SEGMENT = TextStyle.of(10).withAnchor(Anchor.MIDDLE);
    private static final TextStyle TICK = TextStyle.of(11).withColour(Charts.AXIS).withAnchor(Anchor.MIDDLE);

    private Figure5Chart() {
    }

    public static String svg(List<LikertSummary> summaries) {
        Layout layout = Layout.of(summaries);
        return Charts.svg(WIDTH, layout.height(), canvas -> draw(layout, canvas));
    }

    public static byte[] png(List<LikertSummary> summaries) {
        Layout layout = Layout.of(summaries);
        return Charts.png(WIDTH, layout.height(), canvas -> draw(layout, canvas));
    }

    private record Heading(double baseline, List<String> lines) {
    }

    private record Bar(double top, String label, String statement, LikertSummary summary) {
    }

    /** Where everything goes; its height depends on the number of statements, their text and the bars. */
    private record Layout(List<Heading> headings, List<Bar> bars, double axisTop, int height) {

        static Layout of(List<LikertSummary> summaries) {
            Map<String, List<LikertSummary>> byStatement = new LinkedHashMap<>();
            summaries.forEach(s -> byStatement.computeIfAbsent(s.statementId(), id -> new ArrayList<>()).add(s));
            List<Heading> headings = new ArrayList<>();
            List<Bar> bars = new ArrayList<>();
            double y = TITLE_HEIGHT;
            for (Map.Entry<String, List<LikertSummary>> statement : byStatement.entrySet()) {
                String text = statementText(statement.getKey());
                List<String> lines = Charts.wrap(text, HEADING, WIDTH - 2 * MARGIN, HEADING_MAX_LINES);
                headings.add(new Heading(y + HEADING.size(), lines));
                y += lines.size() * HEADING_LINE + 6;
                for (LikertSummary summary : statement.getValue()) {
                    bars.add(new Bar(y, contextLabel(summary.context()) + " (n = " + summary.responses() + ")", text,
                            summary));
                    y += BAR_HEIGHT + BAR_GAP;
                }
                y += STATEMENT_GAP;
            }
            return new Layout(headings, bars, y, (int) Math.ceil(y + AXIS_HEIGHT + LEGEND_HEIGHT));
        }
    }

    /** The paper's text, or else the id itself (a statement of the study's own). */
    private static String statementText(String statementId) {
        return PaperStatement.byId(statementId).map(PaperStatement::text).orElse(statementId);
    }

    private static String contextLabel(QuestionnaireContext context) {
        return switch (context) {
            case NO_XAI -> "after a no-XAI task";
            case WITH_XAI -> "after a with-XAI task";
            case FINAL -> "final questionnaire";
        };
    }

    private static void draw(Layout layout, Canvas canvas) {
        canvas.text(MARGIN, 30, "Figure 5. Questionnaire answers on the 6-point scale", TITLE);
        if (layout.bars().isEmpty()) {
            canvas.text(WIDTH / 2.0, layout.axisTop(), "no questionnaire answers", LABEL.withAnchor(Anchor.MIDDLE));
        }
        Charts.LinearScale share = new Charts.LinearScale(-1, 1, PLOT_LEFT, PLOT_RIGHT, 0.25);
        double barsTop = TITLE_HEIGHT;
        double barsBottom = layout.axisTop() - STATEMENT_GAP / 2;
        for (double tick : share.ticks()) {
            canvas.line(share.map(tick), barsTop, share.map(tick), barsBottom, Charts.GRID, 1, false);
        }
        for (Heading heading : layout.headings()) {
            for (int i = 0; i < heading.lines().size(); i++) {
                canvas.text(MARGIN, heading.baseline() + i * HEADING_LINE, heading.lines().get(i), HEADING);
            }
        }
        layout.bars().forEach(bar -> drawBar(bar, share, canvas));
        canvas.line(CENTRE, barsTop, CENTRE, barsBottom, Charts.AXIS, 1, false);
        drawAxis(share, barsBottom, canvas);
        drawLegend(layout.height() - LEGEND_HEIGHT / 2, canvas);
    }

    private static void drawBar(Bar bar, Charts.LinearScale share, Canvas canvas) {
        double middle = bar.top() + BAR_HEIGHT / 2 + LABEL.size() / 3;
        canvas.text(PLOT_LEFT - 8, middle, bar.label(), LABEL.withAnchor(Anchor.END));
        LikertSummary summary = bar.summary();
        if (summary.responses() == 0) {
            canvas.text(CENTRE, middle, "no answers", LABEL.withAnchor(Anchor.MIDDLE).withColour(Charts.AXIS));
            return;
        }
        canvas.group(bar.statement() + " | " + bar.label(), () -> {
            double pixelsPerShare = share.map(1) - CENTRE;
            // disagreement stacks leftwards from the midpoint (level 3 innermost), agreement rightwards
            double left = CENTRE;
            for (int level = 3; level >= LikertLevel.MIN_SCORE; level--) {
                double width = summary.levelFractions().get(level - 1) * pixelsPerShare;
                left -= width;
                drawSegment(left, width, level, bar, canvas);
            }
            double right = CENTRE;
            for (int level = 4; level <= LikertLevel.MAX_SCORE; level++) {
                double width = summary.levelFractions().get(level - 1) * pixelsPerShare;
                drawSegment(right, width, level, bar, canvas);
                right += width;
            }
        });
        canvas.text(PLOT_RIGHT + 8, middle, Charts.percent(summary.agreeAtSomeLevel()) + " agree", LABEL);
    }

    private static void drawSegment(double left, double width, int level, Bar bar, Canvas canvas) {
        double fraction = bar.summary().levelFractions().get(level - 1);
        Color colour = LEVEL_COLOURS.get(level - 1);
        canvas.rect(left, bar.top(), width, BAR_HEIGHT, colour,
                LikertLevel.ofScore(level).label() + ": " + Charts.percent(fraction));
        if (width >= MIN_LABELLED_WIDTH) {
            canvas.text(left + width / 2, bar.top() + BAR_HEIGHT / 2 + SEGMENT.size() / 3, Charts.percent(fraction),
                    SEGMENT.withColour(Charts.textOn(colour)));
        }
    }

    private static void drawAxis(Charts.LinearScale share, double top, Canvas canvas) {
        canvas.line(PLOT_LEFT, top, PLOT_RIGHT, top, Charts.AXIS, 1, false);
        for (double tick : share.ticks()) {
            double x = share.map(tick);
            canvas.line(x, top, x, top + 5, Charts.AXIS, 1, false);
            canvas.text(x, top + 18, Charts.percent(Math.abs(tick)), TICK);
        }
        canvas.text(CENTRE, top + 38, "← disagree      share of answers      agree →",
                LABEL.withAnchor(Anchor.MIDDLE));
    }

    private static void drawLegend(double baseline, Canvas canvas) {
        double square = 12;
        double entryGap = 18;
        double total = 0;
        for (LikertLevel level : LikertLevel.values()) {
            total += square + 5 + Charts.textWidth(level.label(), LABEL) + entryGap;
        }
        double x = (WIDTH - total + entryGap) / 2;
        for (LikertLevel level : LikertLevel.values()) {
            canvas.rect(x, baseline - square + 2, square, square, LEVEL_COLOURS.get(level.score() - 1), null);
            canvas.text(x + square + 5, baseline, level.label(), LABEL);
            x += square + 5 + Charts.textWidth(level.label(), LABEL) + entryGap;
        }
    }
}
