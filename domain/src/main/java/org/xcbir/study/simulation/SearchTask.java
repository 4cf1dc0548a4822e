package org.xcbir.study.simulation;

import java.util.List;
import java.util.Optional;
import org.xcbir.retrieval.adjudication.Relevance;
import org.xcbir.saliency.SaliencyMap;

/**
 * The one search task a simulated participant works on: a retrieval session started from the task's query image.
 * The simulated-study job implements it over the real retrieval sessions; tests implement it over a fake archive.
 */
public interface SearchTask {

    /**
     * Results {@code offset} … {@code offset + limit - 1} of the session's current ranking, best first, as the results
     * page shows them (marked results included). The participant asks one page of {@link
     * SimulatedParticipant#PAGE_SIZE} at a time, like the page's "show more", and starts again from the top after a
     * refine. Fewer than {@code limit} (possibly none) means the ranking ends there.
     */
    List<Long> results(int offset, int limit);

    /** Marks a result {@link Relevance#POSITIVE relevant} or {@link Relevance#NEGATIVE not relevant}. */
    void mark(long imageId, Relevance relevance);

    /** Trains the ranker on the marks so far and re-ranks, as the page's "refine" button does. */
    void refine();

    /**
     * The saliency map of a result for the task's query. Asked only in the with-XAI condition, and only for results
     * whose map can change the participant's judgement; empty when no map is available (it then judges without one).
     */
    Optional<SaliencyMap> map(long imageId);

    /**
     * The results marked relevant so far, not counting the query image: the "found" counter the participant is asked
     * to bring to the study's target count.
     */
    int found();
}
