package org.xcbir.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One ground-truth instance of an archive image as its COCO file gives it: class, box and area. */
@Entity
@Table(name = "archive_annotation", indexes = @Index(name = "archive_annotation_image", columnList = "image_id"))
@NamedQuery(name = ArchiveAnnotation.OF_IMAGE,
        query = "SELECT a FROM ArchiveAnnotation a WHERE a.imageId = :image ORDER BY a.id")
public class ArchiveAnnotation {
    public static final String OF_IMAGE = "ArchiveAnnotation.ofImage";

    @Id
    @SequenceGenerator(name = "archive_annotation_seq", sequenceName = "archive_annotation_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archive_annotation_seq")
    private long id;

    /** COCO's annotation id (crowd regions in MS-COCO have ids around 9·10¹¹). */
    @Column(name = "coco_id", nullable = false)
    private long cocoId;

    @Column(name = "archive_id", nullable = false)
    private long archiveId;

    /** The {@link ArchiveImage} id (not the COCO image id). */
    @Column(name = "image_id", nullable = false)
    private long imageId;

    @Column(name = "category_id", nullable = false)
    private int categoryId;

    @Column(name = "box_x", nullable = false)
    private double boxX;

    @Column(name = "box_y", nullable = false)
    private double boxY;

    @Column(name = "box_width", nullable = false)
    private double boxWidth;

    @Column(name = "box_height", nullable = false)
    private double boxHeight;

    /** The instance's area in pixels (of its segmentation, as COCO gives it; not the box's). */
    @Column(nullable = false)
    private double area;

    @Column(nullable = false)
    private boolean crowd;

    protected ArchiveAnnotation() {
    }

    public ArchiveAnnotation(long archiveId, CocoAnnotation annotation) {
        this.cocoId = annotation.id();
        this.archiveId = archiveId;
        this.imageId = ArchiveImage.idOf(archiveId, annotation.imageId());
        this.categoryId = annotation.categoryId();
        this.boxX = annotation.bbox().x();
        this.boxY = annotation.bbox().y();
        this.boxWidth = annotation.bbox().width();
        this.boxHeight = annotation.bbox().height();
        this.area = annotation.area();
        this.crowd = annotation.crowd();
    }

    public long getId() {
        return id;
    }

    public long getCocoId() {
        return cocoId;
    }

    public long getImageId() {
        return imageId;
    }

    public int getCategoryId() {
        return categoryId;
    }

    public BoundingBox box() {
        return new BoundingBox(boxX, boxY, boxWidth, boxHeight);
    }

    public double getArea() {
        return area;
    }

    public boolean isCrowd() {
        return crowd;
    }
}
