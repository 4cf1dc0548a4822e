package org.xcbir.study.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.xcbir.retrieval.adjudication.Mark;
import org.xcbir.retrieval.adjudication.Relevance;
import org.xcbir.study.Condition;

class SimulatedParticipantTest {

    private static final GroundTruth EVERY_FIFTH = Fixtures.archive(200, id -> id % 5 == 0);
    private static final SimulatedParticipant EXACT = new SimulatedParticipant(new GroundTruthPolicy(0), true, 25);

    @Test
    void reachesTheTargetAndStopsAtThePositiveThatReachesIt() {
        FakeSearchTask task = FakeSearchTask.ranked(Fixtures.ids(200));

        SearchOutcome outcome = EXACT.search(task, Condition.NO_XAI, EVERY_FIFTH, 12, new SplittableRandom(1));

        // Positives are 0, 5, 10, …: the twelfth is image 55, on the third page (40–59).
        assertEquals(SearchOutcome.Ending.TARGET_REACHED, outcome.ending());
        assertTrue(outcome.targetReached());
        assertEquals(3, outcome.pagesSeen());
        assertEquals(12, outcome.found());
        assertEquals(56, outcome.marks().size(), "images 0 to 55, nothing after the twelfth positive");
        assertEquals(new Mark(55, Relevance.POSITIVE), outcome.marks().get(55));
        assertEquals(2, outcome.refinements(), "after pages 1 and 2, not after the page that ended the task");
        assertEquals(outcome.marks(), task.markCalls);
    }

    @Test
    void theNextPageIsTheFirstUnseenResultsWhenRefineBringsMarkedOnesBackToTheTop() {
        FakeSearchTask task = new FakeSearchTask(Fixtures.ids(200), null, SimulatedParticipantTest::positivesFirst);

        SearchOutcome outcome = EXACT.search(task, Condition.NO_XAI, EVERY_FIFTH, 100, new SplittableRandom(1));

        assertEquals(idsOf(LongStream.range(0, 200)), judgedIds(outcome), "every image once, in ranking order");
        assertEquals(SearchOutcome.Ending.RANKING_EXHAUSTED, outcome.ending());
    }

    @Test
    void walksTheCurrentRankingAfterARefine() {
        FakeSearchTask task = new FakeSearchTask(Fixtures.ids(200), null, (ranking, marks) -> reversed(ranking));

        SearchOutcome outcome = EXACT.search(task, Condition.NO_XAI, EVERY_FIFTH, 13, new SplittableRandom(1));

        // Page 1 is 0–19; then the ranking is 199…0 and page 2 is 199…180; then 0…199 again, whose first unseen
        // twenty are 20–39 (12 positives so far, one short of the target).
        List<Long> expected = new ArrayList<>(idsOf(LongStream.range(0, 20)));
        expected.addAll(idsOf(LongStream.iterate(199, id -> id - 1).limit(20)));
        expected.addAll(idsOf(LongStream.range(20, 40)));
        assertEquals(expected, judgedIds(outcome).subList(0, 60));
    }

    @Test
    void stopsAtThePageLimitWhenTheClassIsTooRare() {
        GroundTruth rare = Fixtures.archive(1000, id -> id == 500 || id == 900);
        FakeSearchTask task = FakeSearchTask.ranked(Fixtures.ids(1000));

        SearchOutcome outcome = new SimulatedParticipant(new GroundTruthPolicy(0), true, 5)
                .search(task, Condition.NO_XAI, rare, 12, new SplittableRandom(1));

        assertEquals(SearchOutcome.Ending.PAGE_LIMIT, outcome.ending());
        assertFalse(outcome.targetReached());
        assertEquals(5, outcome.pagesSeen());
        assertEquals(idsOf(LongStream.range(0, 100)), judgedIds(outcome));
        assertEquals(0, outcome.found());
        assertEquals(4, outcome.refinements(), "no refine after the last page");
    }

    @Test
    void refinesAfterEveryPageOnThatPagesMarks() {
        GroundTruth rare = Fixtures.archive(1000, id -> id == 500);
        FakeSearchTask task = FakeSearchTask.ranked(Fixtures.ids(1000));

        new SimulatedParticipant(new GroundTruthPolicy(0), true, 4)
                .search(task, Condition.NO_XAI, rare, 12, new SplittableRandom(1));

        assertEquals(List.of(20, 20, 20, 20), marksBetweenRefines(task.events));
        assertEquals(3, task.refinements);
    }

    @Test
    void withoutRefiningPagesDownTheQuerysRanking() {
        FakeSearchTask task = new FakeSearchTask(Fixtures.ids(1000), null, (ranking, marks) -> {
            throw new AssertionError("refined");
        });

        SearchOutcome outcome = new SimulatedParticipant(new GroundTruthPolicy(0), false, 5)
                .search(task, Condition.NO_XAI, Fixtures.archive(1000, id -> false), 12, new SplittableRandom(1));

        assertEquals(idsOf(LongStream.range(0, 100)), judgedIds(outcome));
        assertEquals(0, outcome.refinements());
    }

    @Test
    void stopsWhenEveryResultHasBeenSeen() {
        FakeSearchTask task = FakeSearchTask.ranked(Fixtures.ids(30));

        SearchOutcome outcome = EXACT.search(task, Condition.NO_XAI, Fixtures.archive(30, id -> id < 2), 12,
                new SplittableRandom(1));

        assertEquals(SearchOutcome.Ending.RANKING_EXHAUSTED, outcome.ending());
        assertEquals(2, outcome.pagesSeen(), "20 results, then the last 10");
        assertEquals(idsOf(LongStream.range(0, 30)), judgedIds(outcome));
        assertEquals(2, outcome.found());
        assertEquals(2, outcome.refinements(), "a refine can grow the working set, so it refines after a short page too");
    }

    @Test
    void theQueryImageIsJudgedLikeAnyResultButIsNotFound() {
        FakeSearchTask task = new FakeSearchTask(Fixtures.ids(200), 0L, FakeSearchTask.UNCHANGED);

        SearchOutcome outcome = EXACT.search(task, Condition.NO_XAI, EVERY_FIFTH, 3, new SplittableRandom(1));

        assertEquals(new Mark(0, Relevance.POSITIVE), outcome.marks().get(0));
        assertEquals(new Mark(15, Relevance.POSITIVE), outcome.marks().get(outcome.marks().size() - 1),
                "5, 10 and 15 are the three found");
        assertEquals(3, outcome.found());
    }

    @Test
    void looksAtMapsOnlyWithXaiAndOnlyForResultsWithTheClass() {
        // 20 of 100 images contain the class; the maps of 0, 10, 20, … are on it, those of 5, 15, 25, … are not.
        GroundTruth truth = Fixtures.archive(100, id -> id % 5 == 0);
        SimulatedParticipant trusting = new SimulatedParticipant(new MapTrustingPolicy(0, 0.3), true, 5);

        FakeSearchTask withXai = withQuadrantMaps(truth);
        SearchOutcome explained = trusting.search(withXai, Condition.WITH_XAI, truth, 12, new SplittableRandom(1));

        assertEquals(idsOf(LongStream.range(0, 100).filter(id -> id % 5 == 0)), withXai.mapRequests);
        assertEquals(20, explained.mapsViewed());
        assertEquals(10, explained.leftUnmarked(), "the images whose map looks elsewhere");
        assertEquals(10, explained.found());
        assertTrue(explained.marks().stream().noneMatch(mark -> mark.imageId() % 10 == 5));
        assertEquals(SearchOutcome.Ending.PAGE_LIMIT, explained.ending());

        FakeSearchTask noXai = withQuadrantMaps(truth);
        SearchOutcome unexplained = trusting.search(noXai, Condition.NO_XAI, truth, 12, new SplittableRandom(1));

        assertEquals(List.of(), noXai.mapRequests);
        assertEquals(0, unexplained.mapsViewed());
        assertEquals(0, unexplained.leftUnmarked());
        assertEquals(SearchOutcome.Ending.TARGET_REACHED, unexplained.ending());
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedAnother() {
        SimulatedParticipant noisy = new SimulatedParticipant(new GroundTruthPolicy(0.3), true, 25);

        List<Mark> first = noisy.search(shuffledOnRefine(), Condition.NO_XAI, EVERY_FIFTH, 12,
                new SplittableRandom(42)).marks();
        List<Mark> again = noisy.search(shuffledOnRefine(), Condition.NO_XAI, EVERY_FIFTH, 12,
                new SplittableRandom(42)).marks();
        List<Mark> other = noisy.search(shuffledOnRefine(), Condition.NO_XAI, EVERY_FIFTH, 12,
                new SplittableRandom(43)).marks();

        assertEquals(first, again);
        assertNotEquals(first, other);
        assertEquals(first.size(), new HashSet<>(judgedIds(first)).size(), "no image marked twice");
    }

    @Test
    void rejectsALimitOrTargetBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new SimulatedParticipant(new GroundTruthPolicy(0), true, 0));
        assertThrows(IllegalArgumentException.class, () -> EXACT.search(FakeSearchTask.ranked(Fixtures.ids(10)),
                Condition.NO_XAI, EVERY_FIFTH, 0, new SplittableRandom(1)));
    }

    private static FakeSearchTask withQuadrantMaps(GroundTruth truth) {
        FakeSearchTask task = FakeSearchTask.ranked(Fixtures.ids(100));
        for (long id = 0; id < 100; id++) {
            if (truth.containsTarget(id)) {
                task.withMap(id, id % 10 == 0 ? Fixtures.quadrantMap(1, 0) : Fixtures.quadrantMap(0, 1));
            }
        }
        return task;
    }

    /** A refine that reshuffles, seeded by the number of marks so that equal runs rerank equally. */
    private static FakeSearchTask shuffledOnRefine() {
        return new FakeSearchTask(Fixtures.ids(200), null, (ranking, marks) -> {
            List<Long> shuffled = new ArrayList<>(ranking);
            Collections.shuffle(shuffled, new Random(marks.size()));
            return shuffled;
        });
    }

    /** A refine that ranks the results marked relevant first, as a trained ranker would. */
    private static List<Long> positivesFirst(List<Long> ranking, Map<Long, Relevance> marks) {
        List<Long> reranked = new ArrayList<>(ranking.stream().filter(id -> marks.get(id) == Relevance.POSITIVE).toList());
        reranked.addAll(ranking.stream().filter(id -> marks.get(id) != Relevance.POSITIVE).toList());
        return reranked;
    }

    private static List<Long> reversed(List<Long> ranking) {
        List<Long> reversed = new ArrayList<>(ranking);
        Collections.reverse(reversed);
        return reversed;
    }

    private static List<Integer> marksBetweenRefines(List<String> events) {
        List<Integer> counts = new ArrayList<>();
        int marks = 0;
        for (String event : events) {
            if (event.equals("mark")) {
                marks++;
            } else if (event.equals("refine")) {
                counts.add(marks);
                marks = 0;
            }
        }
        counts.add(marks);
        return counts;
    }

    private static List<Long> judgedIds(SearchOutcome outcome) {
        return judgedIds(outcome.marks());
    }

    private static List<Long> judgedIds(List<Mark> marks) {
        return marks.stream().map(Mark::imageId).toList();
    }

    private static List<Long> idsOf(LongStream ids) {
        return ids.boxed().toList();
    }
}
