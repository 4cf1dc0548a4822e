package org.xcbir.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An image the indexing job could not use (corrupt, missing, too large), with the reason a person can act on. */
@Entity
@Table(name = "skipped_image")
@NamedQuery(name = SkippedImage.OF_ARCHIVE, query = "SELECT s FROM SkippedImage s WHERE s.archiveId = :archive ORDER BY s.imageId")
@NamedQuery(name = SkippedImage.COUNT, query = "SELECT COUNT(s) FROM SkippedImage s WHERE s.archiveId = :archive")
public class SkippedImage {
    public static final String OF_ARCHIVE = "SkippedImage.ofArchive";
    public static final String COUNT = "SkippedImage.count";

    /** The archive image's id: an image is skipped at most once, even when a job is restarted. */
    @Id
    @Column(name = "image_id")
    private long imageId;

    @Column(name = "archive_id", nullable = false)
    private long archiveId;

    @Column(name = "file_name", nullable = false, length = 1000)
    private String fileName;

    @Column(nullable = false, length = 1000)
    private String reason;

    protected SkippedImage() {
    }

    public SkippedImage(ArchiveImage image, String reason) {
        this.imageId = image.getId();
        this.archiveId = image.getArchiveId();
        this.fileName = image.getFileName();
        this.reason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    public long getImageId() {
        return imageId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getReason() {
        return reason;
    }
}
