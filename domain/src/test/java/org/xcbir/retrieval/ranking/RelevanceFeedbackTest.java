package org.xcbir.retrieval.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xcbir.retrieval.SyntheticClusters;
import org.xcbir.retrieval.adjudication.Adjudication;
import org.xcbir.retrieval.adjudication.ExternalPositive;
import org.xcbir.retrieval.workingset.Distances;
import org.xcbir.retrieval.workingset.ExactNeighbourSource;
import org.xcbir.retrieval.workingset.Neighbour;
import org.xcbir.retrieval.workingset.WorkingSet;

/**
 * End to end on three overlapping clusters in 64-d: the query is the member of cluster A
 * closest to cluster B, so plain distance ranking mixes other clusters into A's first page;
 * the user marks every image on that page, and refining must clean the page up.
 */
class RelevanceFeedbackTest {

    private static final int A = 0;
    private static final int B = 1;
    private static final int DIMENSION = 64;
    /** Cluster spread at which the clusters overlap enough to mislead plain distance ranking. */
    private static final double OVERLAPPING = 0.5;
    /** Stronger overlap, which the linear models trained by SGD do not untangle reliably. */
    private static final double HEAVILY_OVERLAPPING = 0.7;

    private record Scenario(ExactNeighbourSource source, float[] query) {

        static Scenario withSpread(double spread) {
            List<Neighbour> archive = SyntheticClusters.generate(3, 300, DIMENSION, spread, 7);
            float[] meanOfB = new float[DIMENSION];
            archive.stream().filter(n -> SyntheticClusters.clusterOf(n.imageId()) == B).forEach(n -> {
                for (int i = 0; i < DIMENSION; i++) {
                    meanOfB[i] += n.vector()[i];
                }
            });
            float[] query = archive.stream()
                    .filter(n -> SyntheticClusters.clusterOf(n.imageId()) == A)
                    .min(Comparator.comparingDouble(n -> Distances.squaredL2(n.vector(), meanOfB)))
                    .orElseThrow().vector();
            return new Scenario(new ExactNeighbourSource(archive), query);
        }

        Adjudication start() {
            return Adjudication.startingWith(List.of(new ExternalPositive("query", query)));
        }
    }

    private static double precisionOfA(List<Long> ids) {
        return ids.stream().filter(id -> SyntheticClusters.clusterOf(id) == A).count() / (double) ids.size();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hik-svm", "linear-svm", "logistic"})
    void everyRankerBeatsPlainDistanceRankingOnOverlappingClusters(String rankerName) {
        assertRefiningBeatsPlainDistanceRanking(Scenario.withSpread(OVERLAPPING), rankerName);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hik-svm", "linear-svm"})
    void theSvmsBeatPlainDistanceRankingOnHeavilyOverlappingClusters(String rankerName) {
        assertRefiningBeatsPlainDistanceRanking(Scenario.withSpread(HEAVILY_OVERLAPPING), rankerName);
    }

    private static void assertRefiningBeatsPlainDistanceRanking(Scenario scenario, String rankerName) {
        Adjudication adjudication = scenario.start();
        WorkingSet workingSet = WorkingSet.empty().grownFor(adjudication, scenario.source());
        List<Long> firstPage = workingSet.ids().subList(0, RefinedRanking.PAGE_SIZE);
        double plainPrecision = precisionOfA(firstPage);

        for (long id : firstPage) {
            adjudication = SyntheticClusters.clusterOf(id) == A
                    ? adjudication.markPositive(id) : adjudication.markNegative(id);
        }
        workingSet = workingSet.grownFor(adjudication, scenario.source());
        Refinement refinement = new RelevanceFeedback(Rankers.byName(rankerName)).refine(adjudication, workingSet);

        List<Long> refinedFirstPage = refinement.ranking().page(0).stream().map(ScoredImage::imageId).toList();
        double refinedPrecision = precisionOfA(refinedFirstPage);
        assertTrue(plainPrecision < 0.9, "the scenario must leave room to improve: " + plainPrecision);
        assertTrue(refinedPrecision > plainPrecision,
                "precision@20 refined " + refinedPrecision + " vs plain " + plainPrecision);
        assertTrue(refinedPrecision >= 0.9, "precision@20 refined " + refinedPrecision);
        assertEquals(List.of(), refinement.autoNegativeIds());
    }

    @Test
    void scoringInParallelPartsGivesTheSameRanking() {
        Scenario scenario = Scenario.withSpread(OVERLAPPING);
        Adjudication adjudication = scenario.start();
        WorkingSet workingSet = WorkingSet.empty().grownFor(adjudication, scenario.source());
        for (long id : workingSet.ids().subList(1, RefinedRanking.PAGE_SIZE)) {
            adjudication = SyntheticClusters.clusterOf(id) == A
                    ? adjudication.markPositive(id) : adjudication.markNegative(id);
        }
        workingSet = workingSet.grownFor(adjudication, scenario.source());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            Refinement sequential = new RelevanceFeedback(new HikSvmRanker()).refine(adjudication, workingSet);
            Refinement parallel = new RelevanceFeedback(new HikSvmRanker()).refine(adjudication, workingSet, pool, 3);
            assertEquals(sequential.ranking().all(), parallel.ranking().all());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void withoutNegativesTrainsOnTheFarthestWorkingSetMembers() {
        Scenario scenario = Scenario.withSpread(HEAVILY_OVERLAPPING);
        Adjudication adjudication = scenario.start();
        WorkingSet workingSet = WorkingSet.empty().grownFor(adjudication, scenario.source());
        long nearest = workingSet.idAt(1);
        adjudication = adjudication.markPositive(nearest);
        workingSet = workingSet.grownFor(adjudication, scenario.source());

        Refinement refinement = new RelevanceFeedback(new HikSvmRanker()).refine(adjudication, workingSet);

        List<Long> expected = AutoNegatives.farthestFrom(List.of(scenario.query(), workingSet.vector(nearest)),
                workingSet, Set.of(nearest), AutoNegatives.DEFAULT_PER_POSITIVE);
        assertEquals(expected, refinement.autoNegativeIds());
        assertEquals(2, refinement.autoNegativeIds().size(), "one per positive (query + marked image)");
        assertEquals(workingSet.size(), refinement.ranking().size());
        // The automatic negatives are what the model learnt to reject: they rank below the positive.
        double positiveScore = refinement.ranker().score(workingSet.vector(nearest));
        for (long negative : refinement.autoNegativeIds()) {
            assertTrue(refinement.ranker().score(workingSet.vector(negative)) < positiveScore);
        }
    }
}
