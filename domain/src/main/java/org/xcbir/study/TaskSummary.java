package org.xcbir.study;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.xcbir.retrieval.adjudication.Mark;
import org.xcbir.retrieval.adjudication.Relevance;
import org.xcbir.statistics.TaskResult;

/**
 * One finished task as the statistics see it (paper §5): nP = positives marked that truly contain the class (by the
 * archive's ground truth), the false positives, nA = relevance judgements in force (positive and negative), the
 * refinements, and T = seconds from entering the task to leaving it. An image counts once, with its last judgement
 * (a mark changed from relevant to not relevant is a negative); the query image itself is given, not found.
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
        Map<Long, Relevance> judgements = new HashMap<>();
        for (Mark mark : marks) {
            judgements.put(mark.imageId(), mark.relevance());
        }
        judgements.remove(Long.parseLong(query.imageId()));
        int truePositives = 0;
        int falsePositives = 0;
        int negatives = 0;
        for (Map.Entry<Long, Relevance> judgement : judgements.entrySet()) {
            if (judgement.getValue() == Relevance.POSITIVE) {
                if (containsClass.test(judgement.getKey())) {
                    truePositives++;
                } else {
                    falsePositives++;
                }
            } else if (judgement.getValue() == Relevance.NEGATIVE) {
                negatives++;
            }
        }
        return new TaskResult(participant, simulated, query.imageId(), query.targetClass(),
                org.xcbir.statistics.Condition.valueOf(condition.name()), truePositives, falsePositives,
                truePositives + falsePositives + negatives, refinements,
                Duration.between(started, ended).toMillis() / 1000.0);
    }
}
