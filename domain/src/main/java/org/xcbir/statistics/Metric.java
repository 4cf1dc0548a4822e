package org.xcbir.statistics;

import java.util.function.ToDoubleFunction;

/** The per-task measures the paper compares between conditions (Table 2 rows). */
public enum Metric {
    /** Number of positives retrieved: the paper's main performance measure. */
    NP(task -> task.truePositives()),
    /** Number of adjudications: the level of human-AI interaction. */
    NA(task -> task.adjudications()),
    /** Time on task in seconds. */
    T(TaskResult::seconds);

    private final ToDoubleFunction<TaskResult> extractor;

    Metric(ToDoubleFunction<TaskResult> extractor) {
        this.extractor = extractor;
    }

    public double valueOf(TaskResult task) {
        return extractor.applyAsDouble(task);
    }
}
