package org.xcbir.statistics.figures;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;

/** Plotting basics shared by the report figures: fonts, colours, scales with round ticks, SVG/PNG output. */
final class Charts {

    /** A Java logical font: it exists on every JVM, headless or not. */
    static final String FONT_FAMILY = "SansSerif";
    /** What browsers should use for the SVG: DejaVu Sans is what SansSerif usually maps to. */
    static final String SVG_FONT_FAMILY = "'DejaVu Sans', Verdana, Arial, sans-serif";
    static final Color BACKGROUND = Color.WHITE;
    static final Color TEXT = new Color(0x222222);
    static final Color AXIS = new Color(0x555555);
    static final Color GRID = new Color(0xE3E3E3);
    static final String ELLIPSIS = "…";
    /** Dash and gap lengths of dashed lines. */
    static final float[] DASH = {5, 4};

    /** Antialiased with fractional metrics, like the PNG canvas, so that measured text fits when drawn. */
    private static final FontRenderContext MEASURING = new FontRenderContext(null, true, true);
    private static final int TARGET_TICKS = 6;

    private Charts() {
    }

    static String svg(int width, int height, Consumer<Canvas> drawing) {
        SvgCanvas canvas = new SvgCanvas(width, height);
        drawing.accept(canvas);
        return canvas.finish();
    }

    static byte[] png(int width, int height, Consumer<Canvas> drawing) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            drawing.accept(new Graphics2DCanvas(graphics, width, height));
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a PNG in memory failed", e);
        }
        return bytes.toByteArray();
    }

    static Font font(Canvas.TextStyle style) {
        return new Font(FONT_FAMILY, style.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont(style.size());
    }

    static double textWidth(String text, Canvas.TextStyle style) {
        return font(style).getStringBounds(text, MEASURING).getWidth();
    }

    /**
     * Greedy word wrap to lines of at most {@code maxWidth} pixels; text beyond {@code maxLines} is cut
     * and the last line ends with an ellipsis. A single word wider than a line is cut too.
     */
    static List<String> wrap(String text, Canvas.TextStyle style, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || textWidth(candidate, style) <= maxWidth) {
                line = candidate;
                continue;
            }
            lines.add(line);
            line = word;
            if (lines.size() == maxLines) {
                break;
            }
        }
        if (lines.size() < maxLines) {
            lines.add(line);
        } else {
            int last = maxLines - 1;
            lines.set(last, truncate(lines.get(last) + " " + line, style, maxWidth));
        }
        return lines.stream().map(wrapped -> truncate(wrapped, style, maxWidth)).toList();
    }

    /** {@code text}, or its longest prefix that fits with an ellipsis. */
    static String truncate(String text, Canvas.TextStyle style, double maxWidth) {
        if (textWidth(text, style) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 0 && textWidth(text.substring(0, end).stripTrailing() + ELLIPSIS, style) > maxWidth) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** Dark text on light fills, white on dark ones (relative luminance). */
    static Color textOn(Color fill) {
        double luminance = (0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue()) / 255;
        return luminance < 0.5 ? Color.WHITE : TEXT;
    }

    static Color translucent(Color color, int alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }

    static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    /**
     * Text for an XML text node or attribute value. Characters XML 1.0 forbids (control characters a
     * class name from a CSV file might carry) are dropped.
     */
    static String escapeXml(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    boolean allowed = c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r';
                    if (allowed && (c < 0xD800 || c > 0xDFFF)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /**
     * Linear map from data values to pixels, over a domain that starts and ends on a tick.
     *
     * @param tickStep distance between ticks: 1, 2 or 5 times a power of ten
     */
    record LinearScale(double domainMin, double domainMax, double pixelMin, double pixelMax, double tickStep) {

        /**
         * The smallest domain with round ends that holds [min, max] (widened by {@code padding} of the span
         * on each side, so that marks do not sit on the axes). An empty span is widened to one unit.
         */
        static LinearScale rounded(double min, double max, double padding, double pixelMin, double pixelMax) {
            double span = max - min;
            if (span == 0) {
                return rounded(min - 0.5, max + 0.5, padding, pixelMin, pixelMax);
            }
            double low = min - padding * span;
            double high = max + padding * span;
            double step = roundStep((high - low) / TARGET_TICKS);
            return new LinearScale(Math.floor(low / step) * step, Math.ceil(high / step) * step, pixelMin, pixelMax,
                    step);
        }

        private static double roundStep(double rawStep) {
            double magnitude = Math.pow(10, Math.floor(Math.log10(rawStep)));
            double residual = rawStep / magnitude;
            double round = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
            return round * magnitude;
        }

        double map(double value) {
            return pixelMin + (value - domainMin) / (domainMax - domainMin) * (pixelMax - pixelMin);
        }

        List<Double> ticks() {
            int count = (int) Math.round((domainMax - domainMin) / tickStep);
            // from an index, not by adding steps up, so that rounding errors do not accumulate
            return IntStream.rangeClosed(0, count).mapToObj(i -> domainMin + i * tickStep).toList();
        }

        /** A tick value with as many decimals as the step needs. */
        String format(double tick) {
            int decimals = (int) Math.max(0, -Math.floor(Math.log10(tickStep)));
            // BigDecimal has no negative zero: a tick of -1e-17 is "0.0", not "-0.0"
            return BigDecimal.valueOf(tick).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        }
    }
}
