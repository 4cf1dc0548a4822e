package org.xcbir.retrieval.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.xcbir.retrieval.SyntheticClusters;
import org.xcbir.retrieval.adjudication.Adjudication;
import org.xcbir.retrieval.adjudication.ExternalPositive;
import org.xcbir.retrieval.workingset.ExactNeighbourSource;
import org.xcbir.retrieval.workingset.Neighbour;
import org.xcbir.retrieval.workingset.WorkingSet;

class RefinedRankingTest {

    /** Working set of images 100..144 whose single component is the score they should get. */
    private static WorkingSet workingSet(int size) {
        List<Neighbour> archive = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            // Pairs of images share a value, to exercise the id tie-break.
            archive.add(new Neighbour(100 + i, new float[] {(i / 2) / (float) size}));
        }
        Adjudication adjudication = Adjudication.startingWith(List.of(new ExternalPositive("q", new float[] {0f})));
        return WorkingSet.empty(size).grownFor(adjudication, new ExactNeighbourSource(archive));
    }

    private static RefinedRanking rankByValue(int size) {
        return RefinedRanking.of(workingSet(size), vector -> vector[0]);
    }

    @Test
    void sortsByScoreDescendingWithTiesByAscendingId() {
        List<ScoredImage> ranked = rankByValue(6).all();

        assertEquals(List.of(104L, 105L, 102L, 103L, 100L, 101L), ranked.stream().map(ScoredImage::imageId).toList());
        assertEquals(ranked.get(0).score(), ranked.get(1).score());
    }

    @Test
    void pagesThroughTwentyAtATime() {
        RefinedRanking ranking = rankByValue(45);

        assertEquals(20, ranking.page(0).size());
        assertEquals(20, ranking.page(1).size());
        assertEquals(5, ranking.page(2).size());
        assertTrue(ranking.page(3).isEmpty());
        assertEquals(ranking.all().subList(20, 40), ranking.page(1));
        assertEquals(ranking.all().get(40), ranking.page(2).get(0));
    }

    @Test
    void pagesByOffsetAndLimit() {
        RefinedRanking ranking = rankByValue(45);

        assertEquals(ranking.all().subList(7, 10), ranking.page(7, 3));
        assertEquals(ranking.all().subList(40, 45), ranking.page(40, 20));
        assertTrue(ranking.page(45, 20).isEmpty());
        assertTrue(ranking.page(1000, 20).isEmpty());
        assertEquals(5, ranking.page(40, Integer.MAX_VALUE).size());
        assertTrue(ranking.hasMoreAfter(44));
        assertFalse(ranking.hasMoreAfter(45));
        assertThrows(IllegalArgumentException.class, () -> ranking.page(-1, 20));
    }

    @Test
    void parallelScoringGivesTheSequentialRanking() throws InterruptedException {
        Random random = new Random(31);
        List<Neighbour> archive = new ArrayList<>();
        for (int i = 0; i < 257; i++) {
            archive.add(new Neighbour(i, SyntheticClusters.randomDescriptor(random, 32)));
        }
        WorkingSet workingSet = WorkingSet.empty(257).grownFor(Adjudication.startingWith(
                List.of(new ExternalPositive("q", archive.get(0).vector()))), new ExactNeighbourSource(archive));
        TrainedRanker ranker = new HikSvmRanker().train(List.of(archive.get(0).vector(), archive.get(1).vector()),
                List.of(archive.get(2).vector(), archive.get(3).vector(), archive.get(4).vector()));
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            RefinedRanking sequential = RefinedRanking.of(workingSet, ranker);
            for (int chunks : new int[] {1, 2, 3, 1000}) {
                assertEquals(sequential.all(), RefinedRanking.of(workingSet, ranker, executor, chunks).all());
            }
        } finally {
            executor.shutdown();
            assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void ranksEveryWorkingSetMemberOnce() {
        RefinedRanking ranking = rankByValue(45);

        assertEquals(45, ranking.size());
        assertEquals(45, ranking.all().stream().map(ScoredImage::imageId).distinct().count());
    }
}
