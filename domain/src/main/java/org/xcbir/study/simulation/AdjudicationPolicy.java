package org.xcbir.study.simulation;

import java.util.Optional;
import java.util.function.LongFunction;
import java.util.random.RandomGenerator;
import org.xcbir.retrieval.adjudication.Relevance;
import org.xcbir.saliency.SaliencyMap;

/** How a simulated participant judges one result shown on a page. */
public interface AdjudicationPolicy {

    /**
     * @param imageId the result
     * @param truth   what the participant can see in the archive's images about the target class
     * @param maps    a result's saliency map for the task's query; always empty in the no-XAI condition. Ask only
     *                when the map can change the judgement: the real service computes it on demand
     * @param random  the participant's seeded generator, so a run replays exactly
     * @return {@link Relevance#POSITIVE} or {@link Relevance#NEGATIVE} to mark the result, {@link Relevance#NEUTRAL}
     *         to leave it unmarked
     */
    Relevance judge(long imageId, GroundTruth truth, LongFunction<Optional<SaliencyMap>> maps, RandomGenerator random);
}
