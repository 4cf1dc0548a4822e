package org.xcbir.statistics.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** Draws on a Java2D surface (a {@code BufferedImage} for the PNG). Tooltips and groups have no raster form. */
final class Graphics2DCanvas implements Canvas {

    private final Graphics2D graphics;

    Graphics2DCanvas(Graphics2D graphics, int width, int height) {
        this.graphics = graphics;
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.setColor(Charts.BACKGROUND);
        graphics.fillRect(0, 0, width, height);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color color, double width, boolean dashed) {
        graphics.setColor(color);
        graphics.setStroke(new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                dashed ? Charts.DASH : null, 0));
        graphics.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void rect(double x, double y, double width, double height, Color fill, String tooltip) {
        graphics.setColor(fill);
        graphics.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void circle(double centreX, double centreY, double radius, Color fill, Color outline, String tooltip) {
        Ellipse2D circle = new Ellipse2D.Double(centreX - radius, centreY - radius, 2 * radius, 2 * radius);
        graphics.setColor(fill);
        graphics.fill(circle);
        graphics.setColor(outline);
        graphics.setStroke(new BasicStroke(1));
        graphics.draw(circle);
    }

    @Override
    public void text(double x, double y, String text, TextStyle style) {
        double offset = switch (style.anchor()) {
            case START -> 0;
            case MIDDLE -> Charts.textWidth(text, style) / 2;
            case END -> Charts.textWidth(text, style);
        };
        AffineTransform saved = graphics.getTransform();
        if (style.vertical()) {
            graphics.rotate(-Math.PI / 2, x, y);
        }
        graphics.setFont(Charts.font(style));
        graphics.setColor(style.color());
        graphics.drawString(text, (float) (x - offset), (float) y);
        graphics.setTransform(saved);
    }

    @Override
    public void group(String title, Runnable drawing) {
        drawing.run();
    }
}
