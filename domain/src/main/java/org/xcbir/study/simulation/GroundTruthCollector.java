package org.xcbir.study.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xcbir.archive.ArchiveImage;
import org.xcbir.archive.BoundingBox;
import org.xcbir.archive.CocoAnnotation;
import org.xcbir.archive.CocoImage;
import org.xcbir.archive.CocoInstancesHandler;

/**
 * Builds the {@link GroundTruth} of one target class while an archive's COCO instances files stream past
 * ({@code reader.read(file, collector)} for each of the archive's files, then {@link #groundTruth()}). Only the
 * archive database knows which images contain a class, not where, so the boxes come from the files.
 *
 * <p>Crowd regions count, as in the archive's class lists: a crowd of people is people, and its box is where they
 * are. Image sizes are kept for every image (about 100 bytes each) because the files may list images after their
 * annotations.
 */
public final class GroundTruthCollector implements CocoInstancesHandler {

    private final long archiveId;
    private final int targetCategoryId;
    private final Map<Long, int[]> sizeByCocoId = new HashMap<>();
    private final Map<Long, List<BoundingBox>> targetBoxesByCocoId = new HashMap<>();

    /** @param archiveId the archive the files belong to, for its image ids ({@link ArchiveImage#idOf}) */
    public GroundTruthCollector(long archiveId, int targetCategoryId) {
        this.archiveId = archiveId;
        this.targetCategoryId = targetCategoryId;
    }

    @Override
    public void image(CocoImage image) {
        sizeByCocoId.put(image.id(), new int[] {image.width(), image.height()});
    }

    @Override
    public void annotation(CocoAnnotation annotation) {
        if (annotation.categoryId() == targetCategoryId) {
            targetBoxesByCocoId.computeIfAbsent(annotation.imageId(), id -> new ArrayList<>()).add(annotation.bbox());
        }
    }

    /** @throws IllegalStateException when an annotation of the class belongs to an image the files do not list */
    public GroundTruth groundTruth() {
        Map<Long, TargetInstances> imagesWithTarget = new HashMap<>();
        targetBoxesByCocoId.forEach((cocoId, boxes) -> {
            int[] size = sizeByCocoId.get(cocoId);
            if (size == null) {
                throw new IllegalStateException("category " + targetCategoryId + " is annotated in image " + cocoId
                        + ", which the instances files do not list");
            }
            imagesWithTarget.put(ArchiveImage.idOf(archiveId, cocoId), new TargetInstances(size[0], size[1], boxes));
        });
        return GroundTruth.of(imagesWithTarget);
    }
}
