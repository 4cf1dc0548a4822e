package org.xcbir.archive.demo;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** Draws one instance of a sprite: scaled, slightly turned, maybe mirrored, a little lighter or darker. */
final class SpriteTransformer {

    private SpriteTransformer() {
    }

    /**
     * @param longSide   length in pixels of the longer side of the untransformed sprite
     * @param radians    rotation, clockwise
     * @param shade      -1..1: darkens (below 0) or lightens (above 0) by that share, 0 = unchanged
     * @return a premultiplied ARGB image just large enough for the turned sprite
     */
    static BufferedImage draw(ObjectSprite sprite, double longSide, double radians, boolean mirrored,
                              double shade) {
        BufferedImage source = sprite.levelFor(longSide);
        double scale = longSide / Math.max(source.getWidth(), source.getHeight());
        double width = source.getWidth() * scale;
        double height = source.getHeight() * scale;
        double cos = Math.abs(Math.cos(radians));
        double sin = Math.abs(Math.sin(radians));
        int outWidth = (int) Math.ceil(width * cos + height * sin) + 2;
        int outHeight = (int) Math.ceil(width * sin + height * cos) + 2;

        BufferedImage out = new BufferedImage(outWidth, outHeight, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = out.createGraphics();
        // Enlarging (large objects drawn from a 256-pixel render) blurs less with bicubic sampling.
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, scale > 1
                ? RenderingHints.VALUE_INTERPOLATION_BICUBIC : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        AffineTransform transform = new AffineTransform();
        transform.translate(outWidth / 2.0, outHeight / 2.0);
        transform.rotate(radians);
        transform.scale(mirrored ? -scale : scale, scale);
        transform.translate(-source.getWidth() / 2.0, -source.getHeight() / 2.0);
        g.drawImage(source, transform, null);
        // SRC_ATOP tints only where the sprite already is, keeping its alpha (and so its mask).
        g.setComposite(AlphaComposite.SrcAtop.derive((float) Math.abs(shade)));
        g.setColor(shade < 0 ? Color.BLACK : Color.WHITE);
        g.fillRect(0, 0, outWidth, outHeight);
        g.dispose();
        return out;
    }
}
