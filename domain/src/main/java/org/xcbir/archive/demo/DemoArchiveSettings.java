package org.xcbir.archive.demo;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /**
     * Settings from command-line style options ({@code images} and {@code seed} required; {@code objects-mean},
     * {@code objects-max}, {@code size-scale}, {@code size-spread} and {@code backgrounds} optional, the defaults
     * otherwise; a null or blank value counts as not given), as the CLI, the REST call, the form and the batch job
     * (whose missing job parameters arrive empty) pass them.
     */
    public static DemoArchiveSettings fromOptions(Map<String, String> options) {
        DemoArchiveSettings defaults = defaults(Integer.parseInt(required(options, "images")),
                Long.parseLong(required(options, "seed")));
        ObjectsPerScene objects = new ObjectsPerScene(
                given(options, "objects-mean").map(Double::parseDouble).orElse(defaults.objectsPerScene().mean()),
                given(options, "objects-max").map(Integer::parseInt).orElse(defaults.objectsPerScene().max()));
        ObjectSizes sizes = new ObjectSizes(
                given(options, "size-scale").map(Double::parseDouble).orElse(defaults.objectSizes().scale()),
                given(options, "size-spread").map(Double::parseDouble).orElse(defaults.objectSizes().spread()),
                defaults.objectSizes().maxRotationDegrees());
        DemoArchiveSettings settings = defaults.withObjectsPerScene(objects).withObjectSizes(sizes);
        return given(options, "backgrounds").map(folder -> settings.withBackgroundPhotos(Path.of(folder)))
                .orElse(settings);
    }

    /** The inverse of {@link #fromOptions} for what it reads. */
    public Map<String, String> toOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("images", Integer.toString(imageCount));
        options.put("seed", Long.toString(seed));
        options.put("objects-mean", Double.toString(objectsPerScene.mean()));
        options.put("objects-max", Integer.toString(objectsPerScene.max()));
        options.put("size-scale", Double.toString(objectSizes.scale()));
        options.put("size-spread", Double.toString(objectSizes.spread()));
        backgroundPhotos.ifPresent(folder -> options.put("backgrounds", folder.toString()));
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        return given(options, name)
                .orElseThrow(() -> new IllegalArgumentException("a demo archive needs '" + name + "'"));
    }

    private static Optional<String> given(Map<String, String> options, String name) {
        return Optional.ofNullable(options.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
