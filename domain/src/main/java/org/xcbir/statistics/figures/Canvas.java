package org.xcbir.statistics.figures;

import java.awt.Color;

/**
 * What a chart draws on, in pixels with y growing downwards. A chart computes its layout once and
 * draws it on either implementation, so its SVG and its PNG cannot drift apart.
 */
interface Canvas {

    void line(double x1, double y1, double x2, double y2, Color color, double width, boolean dashed);

    /** @param tooltip hover text in the SVG; null for none */
    void rect(double x, double y, double width, double height, Color fill, String tooltip);

    /** @param tooltip hover text in the SVG; null for none */
    void circle(double centreX, double centreY, double radius, Color fill, Color outline, String tooltip);

    /** Text whose baseline starts, is centred or ends at (x, y) as the style's anchor says. */
    void text(double x, double y, String text, TextStyle style);

    /** Draws {@code drawing} as one unit: an SVG group with {@code title} as its hover text. */
    void group(String title, Runnable drawing);

    enum Anchor {
        START, MIDDLE, END
    }

    /**
     * @param size     font size in pixels
     * @param vertical rotated a quarter turn counter-clockwise around the anchor (a y-axis title)
     */
    record TextStyle(float size, boolean bold, Anchor anchor, Color color, boolean vertical) {

        static TextStyle of(float size) {
            return new TextStyle(size, false, Anchor.START, Charts.TEXT, false);
        }

        TextStyle withBold() {
            return new TextStyle(size, true, anchor, color, vertical);
        }

        TextStyle withAnchor(Anchor newAnchor) {
            return new TextStyle(size, bold, newAnchor, color, vertical);
        }

        TextStyle withColour(Color newColor) {
            return new TextStyle(size, bold, anchor, newColor, vertical);
        }

        TextStyle withVertical() {
            return new TextStyle(size, bold, anchor, color, true);
        }
    }
}
