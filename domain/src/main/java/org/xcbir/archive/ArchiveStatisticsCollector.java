package org.xcbir.archive;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accumulates per-class archive statistics while a COCO file streams past
 * ({@code reader.read(file, collector)}), then {@link #statistics()} computes them.
 * Keeps one small class set per annotated image (a few MB for MS-COCO), never the annotations.
 *
 * <p>Crowd regions count as presence of their class in the image (a crowd of people is people)
 * but not as instances, because their areas cover many objects at once.
 */
public final class ArchiveStatisticsCollector implements CocoInstancesHandler {

    private final Map<Integer, CocoCategory> categories = new LinkedHashMap<>();
    private final Map<Long, BitSet> classesPerImage = new HashMap<>();
    private final Map<Integer, double[]> areaSumAndCount = new HashMap<>();
    private int imageCount;
    private int annotationCount;

    @Override
    public void category(CocoCategory category) {
        categories.put(category.id(), category);
    }

    @Override
    public void image(CocoImage image) {
        imageCount++;
    }

    @Override
    public void annotation(CocoAnnotation annotation) {
        annotationCount++;
        classesPerImage.computeIfAbsent(annotation.imageId(), id -> new BitSet()).set(annotation.categoryId());
        if (!annotation.crowd()) {
            double[] sumAndCount = areaSumAndCount.computeIfAbsent(annotation.categoryId(), id -> new double[2]);
            sumAndCount[0] += annotation.area();
            sumAndCount[1]++;
        }
    }

    /** The distinct COCO category ids annotated in an image, ascending, space-separated ("" if none). */
    public String categoryIdsOf(long imageId) {
        BitSet classes = classesPerImage.get(imageId);
        if (classes == null) {
            return "";
        }
        StringBuilder ids = new StringBuilder();
        classes.stream().forEach(id -> ids.append(ids.length() == 0 ? "" : " ").append(id));
        return ids.toString();
    }

    public ArchiveStatistics statistics() {
        Map<Integer, int[]> imagesAndDistinctClassSum = new HashMap<>();
        for (BitSet classes : classesPerImage.values()) {
            int distinct = classes.cardinality();
            classes.stream().forEach(categoryId -> {
                int[] counts = imagesAndDistinctClassSum.computeIfAbsent(categoryId, id -> new int[2]);
                counts[0]++;
                counts[1] += distinct;
            });
        }
        List<ClassStatistics> result = new ArrayList<>();
        categories.values().stream().sorted(Comparator.comparingInt(CocoCategory::id)).forEach(category -> {
            int[] images = imagesAndDistinctClassSum.getOrDefault(category.id(), new int[2]);
            double[] areas = areaSumAndCount.getOrDefault(category.id(), new double[2]);
            result.add(new ClassStatistics(category, images[0], (int) areas[1],
                    images[0] == 0 ? 0 : (double) images[1] / images[0],
                    areas[1] == 0 ? 0 : areas[0] / areas[1]));
        });
        return new ArchiveStatistics(imageCount, annotationCount, result);
    }
}
