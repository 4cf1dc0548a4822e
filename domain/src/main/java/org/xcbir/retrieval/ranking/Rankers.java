package org.xcbir.retrieval.ranking;

import java.util.List;

/** The rankers a session can choose from, by the names used in configuration and exports. */
public final class Rankers {

    /** The paper's ranker. */
    public static final String DEFAULT = HikSvmRanker.NAME;

    private Rankers() {
    }

    public static Ranker byName(String name) {
        return switch (name) {
            case HikSvmRanker.NAME -> new HikSvmRanker();
            case LinearSvmRanker.NAME -> new LinearSvmRanker();
            case LogisticRegressionRanker.NAME -> new LogisticRegressionRanker();
            default -> throw new IllegalArgumentException("unknown ranker '" + name + "', known: " + names());
        };
    }

    public static List<String> names() {
        return List.of(HikSvmRanker.NAME, LinearSvmRanker.NAME, LogisticRegressionRanker.NAME);
    }
}
