package org.xcbir.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads an archive's COCO instances files (streamed; 2014 and 2017 layouts, several files allowed) and locates
 * every image under the archive folder, also in sub-folders (train2014/, val2017/, …). Images and annotations that
 * two files share (the same id) count once.
 */
public final class CocoArchiveScan {
    private final ArchiveStatisticsCollector statistics = new ArchiveStatisticsCollector();
    private final Map<Long, CocoImage> images = new LinkedHashMap<>();

    /** The scan; {@code annotations} hears each annotation once, as the files are streamed. */
    public static CocoArchiveScan of(Path root, List<Path> instancesFiles, Consumer<CocoAnnotation> annotations) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("The image folder " + root + " does not exist or is not a folder.");
        }
        if (instancesFiles.isEmpty()) {
            throw new IllegalArgumentException("Name at least one COCO instances_*.json file.");
        }
        CocoArchiveScan scan = new CocoArchiveScan();
        Map<String, String> relativePaths = relativePathsByFileName(root);
        // only several files can repeat an annotation; one file needs no set of (up to ~900,000) ids
        Set<Long> annotationIds = instancesFiles.size() > 1 ? new HashSet<>() : null;
        for (Path file : instancesFiles) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("The annotation file " + file + " does not exist.");
            }
            new CocoInstancesReader().read(file, new CocoInstancesHandler() {
                @Override
                public void category(CocoCategory category) {
                    scan.statistics.category(category);
                }

                @Override
                public void image(CocoImage image) {
                    String located = relativePaths.getOrDefault(image.fileName(), image.fileName());
                    if (scan.images.putIfAbsent(image.id(),
                            new CocoImage(image.id(), located, image.width(), image.height())) == null) {
                        scan.statistics.image(image);
                    }
                }

                @Override
                public void annotation(CocoAnnotation annotation) {
                    if (annotationIds == null || annotationIds.add(annotation.id())) {
                        scan.statistics.annotation(annotation);
                        annotations.accept(annotation);
                    }
                }
            });
        }
        return scan;
    }

    /** COCO names files without their folder; one walk of the tree maps each name to where it really is. */
    private static Map<String, String> relativePathsByFileName(Path root) {
        Map<String, String> paths = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .forEach(file -> paths.putIfAbsent(file.getFileName().toString(), root.relativize(file).toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the image folder " + root, e);
        }
        return paths;
    }

    public List<CocoImage> images() {
        return new ArrayList<>(images.values());
    }

    public String categoryIdsOf(long imageId) {
        return statistics.categoryIdsOf(imageId);
    }

    public ArchiveStatistics statistics() {
        return statistics.statistics();
    }
}
