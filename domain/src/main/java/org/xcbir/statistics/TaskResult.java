package org.xcbir.statistics;

import java.util.Objects;

/**
 * One completed search task of one participant: the unit ("data point") of every statistic.
 *
 * @param participantId   who searched
 * @param simulated       true for scripted/simulated participants, which are left out of the
 *                        paper's statistics unless asked for
 * @param queryImageId    the query image
 * @param queryClass      the object class the participant had to find
 * @param condition       whether saliency maps were shown
 * @param truePositives   nP: images of the class found (checked against ground truth)
 * @param falsePositives  images marked positive that do not contain the class
 * @param adjudications   nA: positive and negative relevance judgements given
 * @param refinements     retrieval refinements (re-rankings) requested
 * @param seconds         T: time on task in seconds
 */
public record TaskResult(
        String participantId,
        boolean simulated,
        String queryImageId,
        String queryClass,
        Condition condition,
        int truePositives,
        int falsePositives,
        int adjudications,
        int refinements,
        double seconds) {

    public TaskResult {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(queryImageId, "queryImageId");
        Objects.requireNonNull(queryClass, "queryClass");
        Objects.requireNonNull(condition, "condition");
        if (truePositives < 0 || falsePositives < 0 || adjudications < 0 || refinements < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + participantId + "/" + queryImageId);
        }
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("seconds must be a finite, non-negative number: " + seconds);
        }
    }
}
