package org.xcbir.statistics.figures;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Writes SVG 1.1 markup; without an XML declaration so that it can also be inlined in an HTML page. */
final class SvgCanvas implements Canvas {

    private final StringBuilder svg = new StringBuilder();

    SvgCanvas(int width, int height) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"").append(Charts.escapeXml(Charts.SVG_FONT_FAMILY)).append("\">\n");
        rect(0, 0, width, height, Charts.BACKGROUND, null);
    }

    String finish() {
        return svg.append("</svg>\n").toString();
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color color, double width, boolean dashed) {
        svg.append("<line x1=\"").append(number(x1)).append("\" y1=\"").append(number(y1))
                .append("\" x2=\"").append(number(x2)).append("\" y2=\"").append(number(y2))
                .append("\" stroke=\"").append(hex(color)).append("\" stroke-width=\"").append(number(width)).append('"');
        if (dashed) {
            svg.append(" stroke-dasharray=\"").append(number(Charts.DASH[0])).append(' ')
                    .append(number(Charts.DASH[1])).append('"');
        }
        svg.append("/>\n");
    }

    @Override
    public void rect(double x, double y, double width, double height, Color fill, String tooltip) {
        svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y))
                .append("\" width=\"").append(number(width)).append("\" height=\"").append(number(height)).append('"')
                .append(fill(fill));
        close("rect", tooltip);
    }

    @Override
    public void circle(double centreX, double centreY, double radius, Color fill, Color outline, String tooltip) {
        svg.append("<circle cx=\"").append(number(centreX)).append("\" cy=\"").append(number(centreY))
                .append("\" r=\"").append(number(radius)).append('"').append(fill(fill))
                .append(" stroke=\"").append(hex(outline)).append('"');
        close("circle", tooltip);
    }

    @Override
    public void text(double x, double y, String text, TextStyle style) {
        svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y))
                .append("\" font-size=\"").append(number(style.size())).append('"');
        if (style.bold()) {
            svg.append(" font-weight=\"bold\"");
        }
        if (style.anchor() != Anchor.START) {
            svg.append(" text-anchor=\"").append(style.anchor() == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        if (style.vertical()) {
            svg.append(" transform=\"rotate(-90 ").append(number(x)).append(' ').append(number(y)).append(")\"");
        }
        svg.append(" fill=\"").append(hex(style.color())).append("\">").append(Charts.escapeXml(text))
                .append("</text>\n");
    }

    @Override
    public void group(String title, Runnable drawing) {
        svg.append("<g>");
        svg.append(title(title)).append('\n');
        drawing.run();
        svg.append("</g>\n");
    }

    private void close(String element, String tooltip) {
        if (tooltip == null) {
            svg.append("/>\n");
        } else {
            svg.append('>').append(title(tooltip)).append("</").append(element).append(">\n");
        }
    }

    private static String title(String text) {
        return "<title>" + Charts.escapeXml(text) + "</title>";
    }

    private static String fill(Color color) {
        String fill = " fill=\"" + hex(color) + '"';
        if (color.getAlpha() == 255) {
            return fill;
        }
        return fill + " fill-opacity=\"" + number(color.getAlpha() / 255.0) + '"';
    }

    private static String hex(Color color) {
        return String.format(Locale.ROOT, "#%06x", color.getRGB() & 0xFFFFFF);
    }

    /** At most two decimals, without trailing zeros: short markup, still sub-pixel exact. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
