package org.xcbir.archive.demo;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything that determines a demo archive: the same settings give byte-identical images and
 * annotations. Image i depends only on (seed, i), so any range of images can be generated alone.
 *
 * @param backgroundPhotos optional folder of JPEG/PNG photos used for some backgrounds
 */
public record DemoArchiveSettings(int imageCount, long seed, int width, int height,
                                  ObjectsPerScene objectsPerScene, ObjectSizes objectSizes,
                                  Optional<Path> backgroundPhotos, float jpegQuality) {

    public static final int DEFAULT_WIDTH = 640;
    public static final int DEFAULT_HEIGHT = 480;

    public DemoArchiveSettings {
        if (imageCount < 0 || width < 32 || height < 32 || jpegQuality <= 0 || jpegQuality > 1) {
            throw new IllegalArgumentException("invalid demo archive settings");
        }
    }

    public static DemoArchiveSettings defaults(int imageCount, long seed) {
        return new DemoArchiveSettings(imageCount, seed, DEFAULT_WIDTH, DEFAULT_HEIGHT,
                new ObjectsPerScene(4, 12), new ObjectSizes(1, 0.25, 12), Optional.empty(), 0.9f);
    }

    public DemoArchiveSettings withImageSize(int newWidth, int newHeight) {
        return new DemoArchiveSettings(imageCount, seed, newWidth, newHeight, objectsPerScene, objectSizes,
                backgroundPhotos, jpegQuality);
    }

    public DemoArchiveSettings withObjectsPerScene(ObjectsPerScene newObjectsPerScene) {
        return new DemoArchiveSettings(imageCount, seed, width, height, newObjectsPerScene, objectSizes,
                backgroundPhotos, jpegQuality);
    }

    public DemoArchiveSettings withObjectSizes(ObjectSizes newObjectSizes) {
        return new DemoArchiveSettings(imageCount, seed, width, height, objectsPerScene, newObjectSizes,
                backgroundPhotos, jpegQuality);
    }

    public DemoArchiveSettings withBackgroundPhotos(Path folder) {
        return new DemoArchiveSettings(imageCount, seed, width, height, objectsPerScene, objectSizes,
                Optional.of(folder), jpegQuality);
    }
}
