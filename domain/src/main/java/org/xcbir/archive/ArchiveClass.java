package org.xcbir.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Per class of an archive: how often it occurs, Confuser and Area (the study analysis splits classes by them). */
@Entity
@Table(name = "archive_class")
@NamedQuery(name = ArchiveClass.OF_ARCHIVE, query = "SELECT c FROM ArchiveClass c WHERE c.archiveId = :archive ORDER BY c.name")
public class ArchiveClass {
    public static final String OF_ARCHIVE = "ArchiveClass.ofArchive";

    @Id
    @SequenceGenerator(name = "archive_class_seq", sequenceName = "archive_class_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archive_class_seq")
    private Long id;

    @Column(name = "archive_id", nullable = false)
    private long archiveId;

    @Column(name = "category_id", nullable = false)
    private int categoryId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 100)
    private String supercategory;

    @Column(name = "image_count", nullable = false)
    private int imageCount;

    @Column(name = "instance_count", nullable = false)
    private int instanceCount;

    /** Mean number of distinct classes in the images containing this class. */
    private double confuser;

    /** Mean area (pixels) of this class's instances. */
    @Column(name = "mean_area")
    private double meanArea;

    protected ArchiveClass() {
    }

    public ArchiveClass(long archiveId, ClassStatistics statistics) {
        this.archiveId = archiveId;
        this.categoryId = statistics.category().id();
        this.name = statistics.category().name();
        this.supercategory = statistics.category().supercategory();
        this.imageCount = statistics.imageCount();
        this.instanceCount = statistics.instanceCount();
        this.confuser = statistics.confuser();
        this.meanArea = statistics.meanArea();
    }

    public int getCategoryId() {
        return categoryId;
    }

    public String getName() {
        return name;
    }

    public String getSupercategory() {
        return supercategory;
    }

    public int getImageCount() {
        return imageCount;
    }

    public int getInstanceCount() {
        return instanceCount;
    }

    public double getConfuser() {
        return confuser;
    }

    public double getMeanArea() {
        return meanArea;
    }
}
