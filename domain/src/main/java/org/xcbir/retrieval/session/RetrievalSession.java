package org.xcbir.retrieval.session;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One person's query-by-example session over an archive: the query (an archive image or an uploaded one, kept
 * as its descriptor), the latest ranking and the classifier behind it. The marks are rows of their own
 * ({@link SessionMark}), written one by one, so a click is stored the moment it is made.
 */
@Entity
@Table(name = "retrieval_session")
@NamedQuery(name = RetrievalSession.OF_OWNER,
        query = "SELECT s FROM RetrievalSession s WHERE s.owner = :owner ORDER BY s.updatedAt DESC")
public class RetrievalSession {
    public static final String OF_OWNER = "RetrievalSession.ofOwner";
    public static final int MAX_NAME_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "retrieval_session_seq", sequenceName = "retrieval_session_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "retrieval_session_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String owner;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "archive_id", nullable = false)
    private long archiveId;

    @Column(name = "model_id", nullable = false, length = 200)
    private String modelId;

    /** The archive image the session started from; null when the query was uploaded. */
    @Column(name = "query_image_id")
    private Long queryImageId;

    @Lob
    @Column(name = "query_vector", nullable = false)
    private byte[] queryVector;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private int refinements;

    @Column(name = "ranker_name", length = 50)
    private String rankerName;

    /** The latest refined ranking (see {@link RankingCodec}); null before the first refine. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "ranking")
    private byte[] ranking;

    /** The classifier of the latest refine, for export. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "trained_ranker")
    private byte[] trainedRanker;

    protected RetrievalSession() {
    }

    public RetrievalSession(String owner, String name, long archiveId, String modelId, Long queryImageId,
            float[] queryVector, Instant now) {
        this.owner = Objects.requireNonNull(owner);
        this.name = validName(name);
        this.archiveId = archiveId;
        this.modelId = Objects.requireNonNull(modelId);
        this.queryImageId = queryImageId;
        this.queryVector = VectorCodec.toBytes(queryVector);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Trimmed, 1 to {@value #MAX_NAME_LENGTH} characters. */
    public static String validName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A session name has 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        return trimmed;
    }

    public void touched(Instant now) {
        this.updatedAt = now;
    }

    public void refined(String ranker, byte[] rankingBytes, byte[] trainedRankerBytes, Instant now) {
        this.refinements++;
        this.rankerName = ranker;
        this.ranking = rankingBytes;
        this.trainedRanker = trainedRankerBytes;
        this.updatedAt = now;
    }

    public void rename(String newName) {
        this.name = validName(newName);
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public long getArchiveId() {
        return archiveId;
    }

    public String getModelId() {
        return modelId;
    }

    public Long getQueryImageId() {
        return queryImageId;
    }

    public float[] queryVector() {
        return VectorCodec.fromBytes(queryVector);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getRefinements() {
        return refinements;
    }

    public String getRankerName() {
        return rankerName;
    }

    public byte[] ranking() {
        return ranking;
    }

    public byte[] trainedRanker() {
        return trainedRanker;
    }
}
