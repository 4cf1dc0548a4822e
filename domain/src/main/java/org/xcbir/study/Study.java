package org.xcbir.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A user study as the researcher defined it (paper §4): the archive, the design parameters and the tutorial; the
 * query pool is rows of {@link StudyQuery}. The design is fixed once the study is opened: participants' task
 * pairs are derived from it.
 */
@Entity
@Table(name = "study")
@NamedQuery(name = Study.ALL, query = "SELECT s FROM Study s ORDER BY s.id DESC")
public class Study {
    public static final String ALL = "Study.all";

    public enum State { DRAFT, OPEN, CLOSED }

    public static final int MAX_TUTORIAL_IMAGES = 12;

    public enum Enrolment { INVITATION, SELF_REGISTRATION }

    @Id
    @SequenceGenerator(name = "study_seq", sequenceName = "study_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "study_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(name = "archive_id", nullable = false)
    private long archiveId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Enrolment enrolment;

    @Column(name = "target_count", nullable = false)
    private int targetCount;

    /** Seconds per task; null for no limit. */
    @Column(name = "time_limit_seconds")
    private Integer timeLimitSeconds;

    @Column(name = "minimum_servings", nullable = false)
    private int minimumServings;

    @Column(nullable = false)
    private long seed;

    @Lob
    @Column(name = "tutorial")
    private String tutorial;

    /** The questionnaire as {@link StatementText}; null (older studies too) means the paper's statements. */
    @Lob
    @Column(name = "statements")
    private String statements;

    /** Archive images shown with the tutorial text, space-separated ids; null for none. */
    @Column(name = "tutorial_images", length = 1000)
    private String tutorialImages;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Study() {
    }

    public Study(String name, long archiveId, Enrolment enrolment, int targetCount, Integer timeLimitSeconds,
            int minimumServings, long seed, String tutorial, String createdBy, Instant createdAt) {
        this.name = name;
        this.archiveId = archiveId;
        this.state = State.DRAFT;
        this.enrolment = enrolment;
        this.targetCount = targetCount;
        this.timeLimitSeconds = timeLimitSeconds;
        this.minimumServings = minimumServings;
        this.seed = seed;
        this.tutorial = tutorial;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The design this study runs (the paper's questionnaire statements). */
    public StudyDesign design(List<StudyQuery> pool) {
        StudyDesign.Builder builder = StudyDesign.builder(Long.toString(archiveId),
                pool.stream().map(StudyQuery::queryImage).toList())
                .targetCount(targetCount).minimumServingsPerPair(minimumServings).seed(seed);
        if (statements != null) {
            builder.statements(StatementText.parse(statements));
        }
        if (timeLimitSeconds != null) {
            builder.timeLimitPerTask(Duration.ofSeconds(timeLimitSeconds));
        }
        return builder.build();
    }

    /** Asks these statements instead of the paper's. */
    public void useStatements(List<LikertStatement> questionnaire) {
        this.statements = StatementText.format(questionnaire);
    }

    public List<LikertStatement> statements() {
        return statements == null ? PaperStatements.all() : StatementText.parse(statements);
    }

    public void showInTutorial(List<Long> imageIds) {
        if (imageIds.size() > MAX_TUTORIAL_IMAGES) {
            throw new IllegalArgumentException("Show at most " + MAX_TUTORIAL_IMAGES + " images in the tutorial.");
        }
        tutorialImages = imageIds.isEmpty() ? null
                : String.join(" ", imageIds.stream().map(String::valueOf).toList());
    }

    public List<Long> tutorialImageIds() {
        return tutorialImages == null ? List.of()
                : Arrays.stream(tutorialImages.split(" ")).map(Long::parseLong).toList();
    }

    public void open() {
        if (state == State.CLOSED) {
            throw new IllegalArgumentException("Study '" + name + "' is closed; create a new one.");
        }
        state = State.OPEN;
    }

    public void close() {
        state = State.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getArchiveId() {
        return archiveId;
    }

    public State getState() {
        return state;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public int getTargetCount() {
        return targetCount;
    }

    public Integer getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public int getMinimumServings() {
        return minimumServings;
    }

    public long getSeed() {
        return seed;
    }

    public String getTutorial() {
        return tutorial;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
