package org.xcbir.study;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The study's fixed parameters (paper §4) and the task pairs derived from them.
 * Immutable; build with {@link #builder(String, List)}.
 */
public final class StudyDesign {

    public static final int DEFAULT_TARGET_COUNT = 12;
    public static final int DEFAULT_MINIMUM_SERVINGS_PER_PAIR = 3;
    /** Generous against the paper's mean task times (≈ 7–10 min per task, Table 2 text) plus tutorial. */
    public static final Duration DEFAULT_ABANDON_AFTER = Duration.ofMinutes(90);

    private final String archiveId;
    private final List<QueryImage> queryPool;
    private final int targetCount;
    private final Duration timeLimitPerTask;
    private final int minimumServingsPerPair;
    private final List<LikertStatement> statements;
    private final long seed;
    private final Duration abandonAfter;
    private final List<TaskPair> taskPairs;

    private StudyDesign(Builder builder) {
        this.archiveId = builder.archiveId;
        this.queryPool = List.copyOf(builder.queryPool);
        this.targetCount = builder.targetCount;
        this.timeLimitPerTask = builder.timeLimitPerTask;
        this.minimumServingsPerPair = builder.minimumServingsPerPair;
        this.statements = List.copyOf(builder.statements);
        this.seed = builder.seed;
        this.abandonAfter = builder.abandonAfter;
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid study design: " + String.join("; ", problems));
        }
        this.taskPairs = TaskPairGenerator.generate(queryPool, seed);
    }

    public static Builder builder(String archiveId, List<QueryImage> queryPool) {
        return new Builder(archiveId, queryPool);
    }

    private List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (archiveId == null || archiveId.isBlank()) {
            problems.add("archive id is missing");
        }
        Set<String> imageIds = new HashSet<>();
        for (QueryImage query : queryPool) {
            if (!imageIds.add(query.imageId())) {
                problems.add("image " + query.imageId() + " is in the query pool twice; keep one entry");
            }
        }
        if (targetCount < 1) {
            problems.add("target count must be at least 1, was " + targetCount);
        }
        if (timeLimitPerTask != null && (timeLimitPerTask.isNegative() || timeLimitPerTask.isZero())) {
            problems.add("time limit per task must be positive or absent, was " + timeLimitPerTask);
        }
        if (minimumServingsPerPair < 1) {
            problems.add("minimum servings per pair must be at least 1, was " + minimumServingsPerPair);
        }
        if (abandonAfter.isNegative() || abandonAfter.isZero()) {
            problems.add("abandon timeout must be positive, was " + abandonAfter);
        } else if (timeLimitPerTask != null && abandonAfter.compareTo(timeLimitPerTask.multipliedBy(2)) <= 0) {
            problems.add("abandon timeout " + abandonAfter + " would expire participants still inside the two task"
                    + " time limits (" + timeLimitPerTask.multipliedBy(2) + "); make it longer");
        }
        Set<String> statementIds = new HashSet<>();
        for (LikertStatement statement : statements) {
            if (!statementIds.add(statement.id())) {
                problems.add("statement id '" + statement.id() + "' is used twice; answers would be ambiguous");
            }
        }
        return problems;
    }

    public String archiveId() {
        return archiveId;
    }

    public List<QueryImage> queryPool() {
        return queryPool;
    }

    public int targetCount() {
        return targetCount;
    }

    public Optional<Duration> timeLimitPerTask() {
        return Optional.ofNullable(timeLimitPerTask);
    }

    public int minimumServingsPerPair() {
        return minimumServingsPerPair;
    }

    public List<LikertStatement> statements() {
        return statements;
    }

    /** The statements of one questionnaire, in design order. */
    public List<LikertStatement> statementsFor(QuestionnairePlacement placement) {
        return statements.stream().filter(s -> s.placement() == placement).toList();
    }

    /** Drives pair generation and every assignment tie-break, so a study can be replayed. */
    public long seed() {
        return seed;
    }

    /** An assignment not completed this long after it was handed out returns to the pool. */
    public Duration abandonAfter() {
        return abandonAfter;
    }

    public List<TaskPair> taskPairs() {
        return taskPairs;
    }

    /** Collects the parameters; defaults are the paper's (12 targets, ≥ 3 servings, its statements). */
    public static final class Builder {
        private final String archiveId;
        private final List<QueryImage> queryPool;
        private int targetCount = DEFAULT_TARGET_COUNT;
        private Duration timeLimitPerTask;
        private int minimumServingsPerPair = DEFAULT_MINIMUM_SERVINGS_PER_PAIR;
        private List<LikertStatement> statements = PaperStatements.all();
        private long seed;
        private Duration abandonAfter = DEFAULT_ABANDON_AFTER;

        private Builder(String archiveId, List<QueryImage> queryPool) {
            this.archiveId = archiveId;
            this.queryPool = Objects.requireNonNull(queryPool, "queryPool");
        }

        public Builder targetCount(int targetCount) {
            this.targetCount = targetCount;
            return this;
        }

        public Builder timeLimitPerTask(Duration timeLimitPerTask) {
            this.timeLimitPerTask = timeLimitPerTask;
            return this;
        }

        public Builder minimumServingsPerPair(int minimumServingsPerPair) {
            this.minimumServingsPerPair = minimumServingsPerPair;
            return this;
        }

        public Builder statements(List<LikertStatement> statements) {
            this.statements = Objects.requireNonNull(statements, "statements");
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder abandonAfter(Duration abandonAfter) {
            this.abandonAfter = Objects.requireNonNull(abandonAfter, "abandonAfter");
            return this;
        }

        public StudyDesign build() {
            return new StudyDesign(this);
        }
    }
}
