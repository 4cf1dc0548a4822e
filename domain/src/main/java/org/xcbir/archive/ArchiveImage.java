package org.xcbir.archive;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * One image of an archive. Its id is stable across re-ingests (archive id × 10¹⁰ + COCO image id) so that the
 * search index can use it as document id and re-runs stay idempotent.
 */
@Entity
@Table(name = "archive_image", indexes = @Index(name = "archive_image_archive", columnList = "archive_id, id"))
@NamedQuery(name = ArchiveImage.PAGE_AFTER, query = "SELECT i FROM ArchiveImage i WHERE i.archiveId = :archive AND i.id > :after ORDER BY i.id")
@NamedQuery(name = ArchiveImage.COUNT, query = "SELECT COUNT(i) FROM ArchiveImage i WHERE i.archiveId = :archive")
@NamedQuery(name = ArchiveImage.COUNT_UP_TO, query = "SELECT COUNT(i) FROM ArchiveImage i WHERE i.archiveId = :archive AND i.id <= :last")
public class ArchiveImage {
    public static final String PAGE_AFTER = "ArchiveImage.pageAfter";
    public static final String COUNT = "ArchiveImage.count";
    public static final String COUNT_UP_TO = "ArchiveImage.countUpTo";
    private static final long ARCHIVE_STRIDE = 10_000_000_000L;

    @Id
    private long id;

    @Column(name = "archive_id", nullable = false)
    private long archiveId;

    @Column(name = "coco_id", nullable = false)
    private long cocoId;

    @Column(name = "file_name", nullable = false, length = 1000)
    private String fileName;

    private int width;

    private int height;

    /** Distinct COCO category ids present, space-separated: the ground truth retrieval is judged by. */
    @Column(name = "category_ids", nullable = false, length = 1000)
    private String categoryIds = "";

    /** Size of the file in bytes, recorded when the indexing job first reads it (null before). */
    @Column(name = "file_bytes")
    private Long fileBytes;

    /** SHA-256 of the file, 64 hex digits, recorded with {@link #fileBytes}. */
    @Column(length = 64)
    private String checksum;

    protected ArchiveImage() {
    }

    public ArchiveImage(long archiveId, CocoImage image, String categoryIds) {
        this.id = idOf(archiveId, image.id());
        this.archiveId = archiveId;
        this.cocoId = image.id();
        this.fileName = image.fileName();
        this.width = image.width();
        this.height = image.height();
        this.categoryIds = categoryIds;
    }

    public static long idOf(long archiveId, long cocoId) {
        if (cocoId < 0 || cocoId >= ARCHIVE_STRIDE) {
            throw new IllegalArgumentException("COCO image id " + cocoId + " is outside 0.." + (ARCHIVE_STRIDE - 1));
        }
        return archiveId * ARCHIVE_STRIDE + cocoId;
    }

    public long getId() {
        return id;
    }

    public long getArchiveId() {
        return archiveId;
    }

    public long getCocoId() {
        return cocoId;
    }

    public String getFileName() {
        return fileName;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    /** What the indexing job found on disk: the file's size and SHA-256. */
    public void fileRead(long bytes, String sha256) {
        this.fileBytes = bytes;
        this.checksum = sha256;
    }

    public Long getFileBytes() {
        return fileBytes;
    }

    public String getChecksum() {
        return checksum;
    }

    /** Whether the ground truth has an instance of this category in the image. */
    public boolean hasCategory(int categoryId) {
        return categories().contains(categoryId);
    }

    /** The categories of the ground truth's instances in the image. */
    public List<Integer> categories() {
        return categoryIds.isBlank() ? List.of()
                : Arrays.stream(categoryIds.trim().split(" +")).map(Integer::valueOf).toList();
    }

    public String getCategoryIds() {
        return categoryIds;
    }
}
