package org.xcbir.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A registered image archive: a folder of images plus COCO ground truth, and the state of its search index. */
@Entity
@Table(name = "archive")
@NamedQuery(name = Archive.ALL, query = "SELECT a FROM Archive a ORDER BY a.name")
@NamedQuery(name = Archive.BY_NAME, query = "SELECT a FROM Archive a WHERE a.name = :name")
public class Archive {
    public static final String ALL = "Archive.all";
    public static final String BY_NAME = "Archive.byName";

    @Id
    @SequenceGenerator(name = "archive_seq", sequenceName = "archive_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archive_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String name;

    @Column(name = "root_path", nullable = false, length = 1000)
    private String rootPath;

    @Column(name = "instances_files", nullable = false, length = 4000)
    private String instancesFiles;

    @Column(name = "image_count", nullable = false)
    private int imageCount;

    @Column(name = "annotation_count", nullable = false)
    private int annotationCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "index_state", nullable = false, length = 20)
    private IndexState indexState = IndexState.NOT_INDEXED;

    @Column(name = "indexed_count", nullable = false)
    private int indexedCount;

    @Column(name = "skipped_count", nullable = false)
    private int skippedCount;

    /** Elasticsearch alias the archive is searched through; the index behind it can be swapped. */
    @Column(name = "index_alias", length = 200)
    private String indexAlias;

    @Column(name = "model_id", length = 200)
    private String modelId;

    @Column(name = "index_job_execution")
    private Long indexJobExecution;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "indexing_started_at")
    private Instant indexingStartedAt;

    @Column(name = "indexing_ended_at")
    private Instant indexingEndedAt;

    /** Images processed before the current run started (a restart continues from them). */
    @Column(name = "processed_at_start", nullable = false)
    private int processedAtStart;

    /**
     * Highest image id whose vector is committed to the index; written in the same transaction as the job's
     * checkpoint, so a run that cannot be restarted by the batch runtime (the server died) resumes after it.
     */
    // nullable: the column was added to existing databases, whose rows have no value (read as 0)
    @Column(name = "indexed_up_to_image_id")
    private Long indexedUpToImageId;

    protected Archive() {
    }

    public Archive(String name, String rootPath, String instancesFiles, Instant createdAt) {
        this.name = ArchiveName.canonical(name);
        this.rootPath = Objects.requireNonNull(rootPath);
        this.instancesFiles = Objects.requireNonNull(instancesFiles);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** INTERRUPTED: the server stopped or died while the job ran; Continue resumes after the last chunk. */
    public enum IndexState { NOT_INDEXED, INDEXING, INDEXED, STOPPED, FAILED, INTERRUPTED }

    public void ingested(int images, int annotations) {
        this.imageCount = images;
        this.annotationCount = annotations;
    }

    /** A run that starts over (first index or a re-index) forgets the previous run's progress. */
    public void indexingStartedOver(long jobExecution, String alias, String model, Instant now) {
        this.indexedCount = 0;
        this.skippedCount = 0;
        this.indexedUpToImageId = 0L;
        indexingStarted(jobExecution, alias, model, now);
    }

    /** A run that continues a stopped, failed or interrupted one. */
    public void indexingStarted(long jobExecution, String alias, String model, Instant now) {
        this.indexJobExecution = jobExecution;
        this.indexingStartedAt = now;
        this.indexingEndedAt = null;
        this.processedAtStart = indexedCount + skippedCount;
        this.indexAlias = alias;
        this.modelId = model;
        this.indexState = IndexState.INDEXING;
    }

    public void progress(int indexed, int skipped, long upToImageId) {
        this.indexedCount = indexed;
        this.skippedCount = skipped;
        this.indexedUpToImageId = Math.max(getIndexedUpToImageId(), upToImageId);
    }

    public void indexingEnded(IndexState state, Instant endedAt) {
        this.indexState = state;
        this.indexingEndedAt = endedAt;
    }

    public Instant getIndexingStartedAt() {
        return indexingStartedAt;
    }

    /** When the last run ended (null while one runs or before the first). */
    public Instant getIndexingEndedAt() {
        return indexingEndedAt;
    }

    public long getIndexedUpToImageId() {
        return indexedUpToImageId == null ? 0 : indexedUpToImageId;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRootPath() {
        return rootPath;
    }

    public String getInstancesFiles() {
        return instancesFiles;
    }

    public int getImageCount() {
        return imageCount;
    }

    public int getAnnotationCount() {
        return annotationCount;
    }

    public IndexState getIndexState() {
        return indexState;
    }

    public int getIndexedCount() {
        return indexedCount;
    }

    public int getSkippedCount() {
        return skippedCount;
    }

    public String getIndexAlias() {
        return indexAlias;
    }

    public String getModelId() {
        return modelId;
    }

    public Long getIndexJobExecution() {
        return indexJobExecution;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public IndexingProgress progressAt(Instant now) {
        return new IndexingProgress(processedAtStart, indexedCount + skippedCount, imageCount,
                indexingStartedAt == null ? now : indexingStartedAt, now);
    }

    /** Percentage of images processed (indexed or skipped), for progress bars. */
    public int getProgressPercent() {
        return imageCount == 0 ? 0 : (int) Math.min(100, (100L * (indexedCount + skippedCount)) / imageCount);
    }
}
