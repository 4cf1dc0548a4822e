package org.xcbir.study;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongPredicate;
import org.xcbir.retrieval.adjudication.Mark;
import org.xcbir.retrieval.adjudication.Relevance;
import org.xcbir.statistics.TaskResult;

/**
 * One finished task as the statistics see it (paper §5): nP = positives marked that truly contain the class (by the
 * archive's ground truth), the false positives, nA = relevance judgements in force (positive and negative), the
 * refinements, and T = seconds from entering the task to leaving it.
 */
public final class TaskSummary {

    private TaskSummary() {
    }

    /**
     * @param marks          the task session's marks in force (undone ones excluded)
     * @param containsClass  whether an archive image contains the task's class
     */
    public static TaskResult of(String participant, boolean simulated, QueryImage query, Condition condition,
            List<Mark> marks, int refinements, Instant started, Instant ended, LongPredicate containsClass) {
        int truePositives = 0;
        int falsePositives = 0;
        int negatives = 0;
        for (Mark mark : marks) {
            if (mark.relevance() == Relevance.POSITIVE) {
                if (containsClass.test(mark.imageId())) {
                    truePositives++;
                } else {
                    falsePositives++;
                }
            } else if (mark.relevance() == Relevance.NEGATIVE) {
                negatives++;
            }
        }
        return new TaskResult(participant, simulated, query.imageId(), query.targetClass(),
                org.xcbir.statistics.Condition.valueOf(condition.name()), truePositives, falsePositives,
                truePositives + falsePositives + negatives, refinements,
                Duration.between(started, ended).toMillis() / 1000.0);
    }
}
