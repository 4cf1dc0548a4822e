package org.xcbir.statistics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Per-class means of nP, nA and T in both conditions.
 *
 * @param className query class
 * @param tasks     number of tasks per condition
 * @param means     per metric, the mean over that condition's tasks (NaN where a condition has none)
 */
public record ClassSummary(String className, ConditionPair tasks, Map<Metric, ConditionPair> means) {

    public ClassSummary {
        means = Collections.unmodifiableMap(new EnumMap<>(means));
    }

    /**
     * Figure 4's x value: mean nP with-XAI / mean nP no-XAI. Means, not sums, because a class rarely
     * has the same number of tasks in both conditions (same normalisation as Table 2).
     */
    public double xaiRatio() {
        return means.get(Metric.NP).ratio();
    }
}
