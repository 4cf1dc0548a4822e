package org.xcbir.archive.demo;

import org.xcbir.archive.CocoAnnotation;
import org.xcbir.archive.CocoCategory;
import org.xcbir.archive.CocoInstancesWriter;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Writes a whole demo archive to a folder: {@code images/000000000001.jpg ...} and
 * {@code instances_demo.json} (COCO format). Image by image, with the JSON streamed as it goes,
 * so memory stays flat for any image count (MS-COCO size, 123,287 images, included).
 */
public final class DemoArchiveWriter {

    public static final String INSTANCES_FILE = "instances_demo.json";
    public static final String IMAGES_FOLDER = "images";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<CocoAnnotation>> ANNOTATIONS = new TypeReference<>() { };

    private final DemoArchiveGenerator generator;
    private final JpegEncoder jpeg;

    public DemoArchiveWriter(DemoArchiveGenerator generator) {
        this.generator = generator;
        this.jpeg = new JpegEncoder(generator.settings().jpegQuality());
    }

    /**
     * Renders every scene not rendered yet and then writes the instances file. Resumable: each finished scene
     * (its JPEG written first) appends its annotations as one line to {@code instances_demo.json.scenes}; a run
     * interrupted at any point continues after the last complete line when started again with the same
     * settings, so a 123,287-image archive survives a stopped server or a killed process.
     *
     * @return the written instances file
     */
    public Path write(Path folder, GenerationProgress progress) throws IOException {
        return write(folder, progress, () -> false).orElseThrow();
    }

    /**
     * As {@link #write(Path, GenerationProgress)}, but asks {@code stopRequested} before each scene and, when it
     * says so, stops there: empty then, and the next call with the same settings continues after the last scene.
     */
    public Optional<Path> write(Path folder, GenerationProgress progress, BooleanSupplier stopRequested)
            throws IOException {
        Path images = Files.createDirectories(folder.resolve(IMAGES_FOLDER));
        Path instancesFile = folder.resolve(INSTANCES_FILE);
        Path scenesFile = folder.resolve(INSTANCES_FILE + ".scenes");
        int total = generator.settings().imageCount();
        int done = scenesDone(scenesFile);
        // a run stopped or killed before its first scene leaves the settings line alone: it is kept, not repeated
        boolean hasSettingsLine = Files.exists(scenesFile) && Files.size(scenesFile) > 0;
        try (BufferedWriter scenes = Files.newBufferedWriter(scenesFile, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            if (!hasSettingsLine) {
                scenes.write(JSON.writeValueAsString(info()));
                scenes.newLine();
            }
            for (int index = done; index < total; index++) {
                if (stopRequested.getAsBoolean()) {
                    return Optional.empty();
                }
                RenderedScene scene = generator.render(index);
                Files.write(images.resolve(scene.image().fileName()), jpeg.encode(scene.pixels()));
                scenes.write(index + "\t" + JSON.writeValueAsString(scene.annotations()));
                scenes.newLine();
                if (index % 64 == 63) {
                    scenes.flush();
                }
                progress.imagesDone(index + 1, total);
            }
        }
        // Written under another name and renamed at the end: a crashed run leaves no file that looks complete.
        Path partFile = folder.resolve(INSTANCES_FILE + ".part");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partFile), 1 << 16);
             CocoInstancesWriter coco = new CocoInstancesWriter(out);
             BufferedReader scenes = Files.newBufferedReader(scenesFile, StandardCharsets.UTF_8)) {
            coco.writeHeader(info());
            for (CocoCategory category : generator.categories()) {
                coco.writeCategory(category);
            }
            for (int index = 0; index < total; index++) {
                coco.writeImage(generator.imageEntry(index));
            }
            scenes.readLine(); // the settings
            for (int index = 0; index < total; index++) {
                String line = scenes.readLine();
                for (CocoAnnotation annotation : JSON.readValue(line.substring(line.indexOf('\t') + 1), ANNOTATIONS)) {
                    coco.writeAnnotation(annotation);
                }
            }
        }
        Path written = Files.move(partFile, instancesFile, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        Files.delete(scenesFile);
        return Optional.of(written);
    }

    /**
     * Scenes a previous run finished with these settings; a trailing line cut short by a crash is dropped (its
     * scene is rendered again). Other settings, or no file: start from scene 0.
     */
    private int scenesDone(Path scenesFile) throws IOException {
        if (!Files.exists(scenesFile)) {
            return 0;
        }
        List<String> lines = Files.readAllLines(scenesFile, StandardCharsets.UTF_8);
        boolean sameSettings = !lines.isEmpty() && lines.get(0).equals(JSON.writeValueAsString(info()));
        int complete = 0;
        if (sameSettings) {
            for (String line : lines.subList(1, lines.size())) {
                if (!isScene(line, complete)) {
                    break;
                }
                complete++;
            }
        }
        // keep exactly the complete lines, so that appending continues a well-formed file
        List<String> kept = sameSettings ? lines.subList(0, complete + 1) : List.of();
        Files.write(scenesFile, kept, StandardCharsets.UTF_8);
        return complete;
    }

    private static boolean isScene(String line, int index) {
        int tab = line.indexOf('\t');
        try {
            return tab > 0 && Integer.parseInt(line.substring(0, tab)) == index
                    && JSON.readValue(line.substring(tab + 1), ANNOTATIONS) != null;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
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
