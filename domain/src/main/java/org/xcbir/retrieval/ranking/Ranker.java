package org.xcbir.retrieval.ranking;

import java.util.List;

/** Learns, from the user's positives and negatives, how relevant any descriptor is. */
public interface Ranker {

    /** The name {@link Rankers#byName} knows this ranker by. */
    String name();

    /**
     * @param positives at least one descriptor of a relevant image
     * @param negatives at least one descriptor of an irrelevant image (see {@link AutoNegatives}
     *                  when the user has given none)
     */
    TrainedRanker train(List<float[]> positives, List<float[]> negatives);
}
