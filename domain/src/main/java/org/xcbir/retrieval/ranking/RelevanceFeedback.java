package org.xcbir.retrieval.ranking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import org.xcbir.retrieval.adjudication.Adjudication;
import org.xcbir.retrieval.adjudication.ExternalPositive;
import org.xcbir.retrieval.workingset.WorkingSet;

/** The "refine" use case: train on the adjudications and re-rank the working set. */
public final class RelevanceFeedback {

    private final Ranker ranker;
    private final int autoNegativesPerPositive;

    public RelevanceFeedback(Ranker ranker) {
        this(ranker, AutoNegatives.DEFAULT_PER_POSITIVE);
    }

    public RelevanceFeedback(Ranker ranker, int autoNegativesPerPositive) {
        this.ranker = ranker;
        this.autoNegativesPerPositive = autoNegativesPerPositive;
    }

    /**
     * @param workingSet must already contain every adjudicated archive image (grow it with
     *                   {@link WorkingSet#grownFor} first)
     */
    public Refinement refine(Adjudication adjudication, WorkingSet workingSet) {
        return refine(adjudication, workingSet, Runnable::run, 1);
    }

    /**
     * The same, scoring the working set in {@code parts} on {@code executor} (in the container: a managed executor);
     * the ranking is identical.
     */
    public Refinement refine(Adjudication adjudication, WorkingSet workingSet, Executor executor, int parts) {
        List<float[]> positives = new ArrayList<>();
        for (ExternalPositive external : adjudication.externalPositives()) {
            positives.add(external.vector());
        }
        for (long id : adjudication.positiveIds()) {
            positives.add(workingSet.vector(id));
        }
        if (positives.isEmpty()) {
            throw new IllegalArgumentException("refining needs at least one positive");
        }

        List<Long> negativeIds = List.copyOf(adjudication.negativeIds());
        List<Long> autoNegativeIds = List.of();
        if (negativeIds.isEmpty()) {
            Set<Long> adjudicated = new HashSet<>(adjudication.positiveIds());
            autoNegativeIds = AutoNegatives.farthestFrom(positives, workingSet, adjudicated, autoNegativesPerPositive);
            negativeIds = autoNegativeIds;
        }
        List<float[]> negatives = negativeIds.stream().map(workingSet::vector).toList();

        TrainedRanker trained = ranker.train(positives, negatives);
        RefinedRanking ranking = parts == 1 ? RefinedRanking.of(workingSet, trained)
                : RefinedRanking.of(workingSet, trained, executor, parts);
        return new Refinement(ranking, trained, autoNegativeIds);
    }
}
