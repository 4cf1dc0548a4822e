package org.xcbir.retrieval.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xcbir.retrieval.SyntheticClusters;
import org.xcbir.retrieval.adjudication.Adjudication;
import org.xcbir.retrieval.adjudication.Mark;
import org.xcbir.retrieval.adjudication.Relevance;
import org.xcbir.retrieval.ranking.RefinedRanking;
import org.xcbir.retrieval.ranking.ScoredImage;
import org.xcbir.retrieval.workingset.ExactNeighbourSource;
import org.xcbir.retrieval.workingset.Neighbour;
import org.xcbir.retrieval.workingset.WorkingSet;

class SessionReplayTest {
    private final List<Neighbour> archive = SyntheticClusters.generate(6, 40, 16, 0.2, 3);
    private final ExactNeighbourSource source = new ExactNeighbourSource(archive);
    private final float[] query = archive.get(0).vector();

    @Test
    void theWorkingSetGrowsAsItDidLiveIncludingPositivesThatWereLaterUndone() {
        // live: grow from the query, then from each positive when it is marked
        Adjudication live = Adjudication.startingWith(SessionReplay.query(query));
        WorkingSet liveSet = WorkingSet.empty(30).grownFor(live, source);
        long first = liveSet.idAt(5);
        live = live.markPositive(first);
        liveSet = liveSet.grownFor(live, source);
        long second = liveSet.idAt(liveSet.size() - 1); // found through the first positive's neighbours
        live = live.markPositive(second);
        liveSet = liveSet.grownFor(live, source);
        live = live.undo(); // the second positive is taken back; its neighbours stay

        List<Mark> all = List.of(new Mark(first, Relevance.POSITIVE), new Mark(second, Relevance.POSITIVE));
        WorkingSet replayed = SessionReplay.workingSet(query, all, source, 30);
        assertEquals(liveSet.ids(), replayed.ids());
        assertEquals(live.positiveIds(), SessionReplay.adjudication(query, all.subList(0, 1)).positiveIds());
    }

    @Test
    void theInitialRankingIsTheQuerysNearestNeighboursOrder() {
        WorkingSet workingSet = SessionReplay.workingSet(query, List.of(), source, 25);
        RefinedRanking initial = SessionReplay.initialRanking(workingSet, query);
        List<Long> expected = source.nearest(query, 25).stream().map(Neighbour::imageId).toList();
        assertEquals(expected, initial.all().stream().map(ScoredImage::imageId).toList());
        assertEquals(1.0, initial.all().get(0).score(), 1e-6, "the query itself, at distance 0");
    }

    @Test
    void vectorsAndRankingsSurviveTheirByteForm() {
        float[] vector = {0.5f, -1.25f, 3e-7f, Float.MAX_VALUE};
        assertArrayEquals(vector, VectorCodec.fromBytes(VectorCodec.toBytes(vector)));
        List<ScoredImage> ranking = List.of(new ScoredImage(10_000_000_042L, 0.75), new ScoredImage(7, 0.25));
        assertEquals(ranking, RankingCodec.fromBytes(RankingCodec.toBytes(ranking)));
        assertTrue(RankingCodec.fromBytes(new byte[0]).isEmpty());
    }
}
