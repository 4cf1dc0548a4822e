package org.xcbir.archive.demo;

import org.xcbir.archive.CocoAnnotation;
import org.xcbir.archive.CocoCategory;
import org.xcbir.archive.CocoInstancesWriter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a whole demo archive to a folder: {@code images/000000000001.jpg ...} and
 * {@code instances_demo.json} (COCO format). Image by image, with the JSON streamed as it goes,
 * so memory stays flat for any image count (MS-COCO size, 123,287 images, included).
 */
public final class DemoArchiveWriter {

    public static final String INSTANCES_FILE = "instances_demo.json";
    public static final String IMAGES_FOLDER = "images";

    private final DemoArchiveGenerator generator;
    private final JpegEncoder jpeg;

    public DemoArchiveWriter(DemoArchiveGenerator generator) {
        this.generator = generator;
        this.jpeg = new JpegEncoder(generator.settings().jpegQuality());
    }

    /** @return the written instances file */
    public Path write(Path folder, GenerationProgress progress) throws IOException {
        Path images = Files.createDirectories(folder.resolve(IMAGES_FOLDER));
        Path instancesFile = folder.resolve(INSTANCES_FILE);
        // Written under another name and renamed at the end: a crashed run leaves no file that looks complete.
        Path partFile = folder.resolve(INSTANCES_FILE + ".part");
        int total = generator.settings().imageCount();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partFile), 1 << 16);
             CocoInstancesWriter coco = new CocoInstancesWriter(out)) {
            coco.writeHeader(info());
            for (CocoCategory category : generator.categories()) {
                coco.writeCategory(category);
            }
            for (int index = 0; index < total; index++) {
                coco.writeImage(generator.imageEntry(index));
            }
            for (int index = 0; index < total; index++) {
                RenderedScene scene = generator.render(index);
                Files.write(images.resolve(scene.image().fileName()), jpeg.encode(scene.pixels()));
                for (CocoAnnotation annotation : scene.annotations()) {
                    coco.writeAnnotation(annotation);
                }
                progress.imagesDone(index + 1, total);
            }
        }
        return Files.move(partFile, instancesFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Records the settings in the file itself, so an archive tells how to regenerate it. */
    private Map<String, Object> info() {
        DemoArchiveSettings settings = generator.settings();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("description", "xcbir demo archive: 3D object renders (Microsoft Fluent Emoji, MIT, "
                + "via @lobehub/fluent-emoji-3d 1.1.0) composed over generated backdrops");
        info.put("version", "1");
        info.put("seed", settings.seed());
        info.put("images", settings.imageCount());
        info.put("width", settings.width());
        info.put("height", settings.height());
        info.put("objects_mean", settings.objectsPerScene().mean());
        info.put("objects_max", settings.objectsPerScene().max());
        info.put("size_scale", settings.objectSizes().scale());
        info.put("size_spread", settings.objectSizes().spread());
        info.put("max_rotation_degrees", settings.objectSizes().maxRotationDegrees());
        info.put("background_photos", settings.backgroundPhotos().map(Path::toString).orElse(""));
        return info;
    }
}
