package org.xcbir.statistics;

import java.util.Collection;
import java.util.function.Predicate;

/**
 * One metric summed over a set of tasks in each condition, with the task counts needed to normalise.
 *
 * @param tasks number of tasks per condition
 * @param sums  sum of the metric per condition
 */
public record GroupComparison(ConditionPair tasks, ConditionPair sums) {

    public static GroupComparison of(Collection<TaskResult> tasks, Predicate<TaskResult> member, Metric metric) {
        double sumWith = 0;
        double sumNo = 0;
        int countWith = 0;
        int countNo = 0;
        for (TaskResult task : tasks) {
            if (!member.test(task)) {
                continue;
            }
            if (task.condition() == Condition.WITH_XAI) {
                sumWith += metric.valueOf(task);
                countWith++;
            } else {
                sumNo += metric.valueOf(task);
                countNo++;
            }
        }
        return new GroupComparison(new ConditionPair(countWith, countNo), new ConditionPair(sumWith, sumNo));
    }

    /** Per-query means (NaN for a condition without tasks). */
    public ConditionPair means() {
        return new ConditionPair(sums.withXai() / tasks.withXai(), sums.noXai() / tasks.noXai());
    }

    /** See {@link XaiGain#normalisedRatio}. */
    public double normalisedRatio() {
        return XaiGain.normalisedRatio(sums.withXai(), (int) tasks.withXai(), sums.noXai(), (int) tasks.noXai());
    }

    /** See {@link XaiGain#gain}; a fraction (0.065 = 6.5%). */
    public double gain() {
        return normalisedRatio() - 1;
    }
}
