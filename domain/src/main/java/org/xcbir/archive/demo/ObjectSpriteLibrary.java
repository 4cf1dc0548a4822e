package org.xcbir.archive.demo;

import javax.imageio.ImageIO;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The object renders of the emoji package, read from its {@code assets} folder (see
 * {@code bin/fetch-emoji.sh}) on first use and kept decoded: a few hundred small sprites,
 * so memory depends on the mapping, never on the number of images generated.
 */
public final class ObjectSpriteLibrary {

    private final Path assetsDirectory;
    private final Map<RenderReference, ObjectSprite> sprites = new ConcurrentHashMap<>();

    public ObjectSpriteLibrary(Path assetsDirectory) {
        this.assetsDirectory = assetsDirectory;
    }

    /** Render files the mapping names but the folder lacks; empty when the folder is complete. */
    public List<String> missingRenders(List<DemoObjectClass> classes) {
        return classes.stream().flatMap(c -> c.renders().stream())
                .map(RenderReference::fileName).distinct()
                .filter(name -> !Files.isRegularFile(assetsDirectory.resolve(name)))
                .toList();
    }

    ObjectSprite sprite(RenderReference render) {
        return sprites.computeIfAbsent(render, this::load);
    }

    private ObjectSprite load(RenderReference render) {
        BufferedImage image = decode(assetsDirectory.resolve(render.fileName()));
        if (render.crop().isPresent()) {
            Rectangle crop = render.crop().get();
            image = image.getSubimage(crop.x, crop.y, crop.width, crop.height);
        }
        return ObjectSprite.of(image);
    }

    /** Decodes a WebP render with its alpha channel (needs TwelveMonkeys imageio-webp on the class path). */
    static BufferedImage decode(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new IllegalStateException("no ImageIO reader for " + file + " (is imageio-webp on the class path?)");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read render " + file, e);
        }
    }
}
