package org.xcbir.archive.demo;

import java.awt.Rectangle;
import java.util.Optional;

/**
 * One object render of the emoji package: a file name stem such as {@code 1f34e} (apple), and
 * optionally the part of the 256x256 render to use, written {@code 1f374#0;0;128;256}
 * (x;y;width;height), for renders that show two objects side by side (fork and knife).
 */
public record RenderReference(String fileStem, Optional<Rectangle> crop) {

    public static RenderReference parse(String text) {
        int hash = text.indexOf('#');
        if (hash < 0) {
            return new RenderReference(text, Optional.empty());
        }
        String[] parts = text.substring(hash + 1).split(";");
        if (parts.length != 4) {
            throw new IllegalArgumentException("crop must be x;y;width;height in " + text);
        }
        Rectangle crop = new Rectangle(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                Integer.parseInt(parts[2]), Integer.parseInt(parts[3]));
        return new RenderReference(text.substring(0, hash), Optional.of(crop));
    }

    public String fileName() {
        return fileStem + ".webp";
    }

    @Override
    public String toString() {
        return crop.map(c -> fileStem + "#" + c.x + ";" + c.y + ";" + c.width + ";" + c.height).orElse(fileStem);
    }
}
