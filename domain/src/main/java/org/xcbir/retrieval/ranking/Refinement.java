package org.xcbir.retrieval.ranking;

import java.util.List;

/**
 * The outcome of one "refine": the new ranking, the model behind it (for export) and the
 * automatic negatives it was trained with (empty when the user gave negatives), kept so the
 * session log can say what the classifier actually saw.
 */
public record Refinement(RefinedRanking ranking, TrainedRanker ranker, List<Long> autoNegativeIds) {

    public Refinement {
        autoNegativeIds = List.copyOf(autoNegativeIds);
    }
}
