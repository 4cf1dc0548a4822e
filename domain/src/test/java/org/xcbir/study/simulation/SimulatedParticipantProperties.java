package org.xcbir.study.simulation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.xcbir.retrieval.adjudication.Mark;
import org.xcbir.retrieval.adjudication.Relevance;
import org.xcbir.study.Condition;

class SimulatedParticipantProperties {

    @Property(tries = 300)
    boolean judgesEachImageOnceAndStopsForTheReasonItGives(@ForAll @IntRange(max = 300) int images,
            @ForAll @IntRange(min = 1, max = 10) int everyNth, @ForAll @IntRange(min = 1, max = 15) int target,
            @ForAll @IntRange(min = 1, max = 8) int pageLimit, @ForAll @DoubleRange(max = 1) double noise,
            @ForAll boolean refine, @ForAll long seed) {
        GroundTruth truth = Fixtures.archive(images, id -> id % everyNth == 0);
        FakeSearchTask task = shuffledOnRefine(images, seed);
        SearchOutcome outcome = new SimulatedParticipant(new GroundTruthPolicy(noise), refine, pageLimit)
                .search(task, Condition.NO_XAI, truth, target, new SplittableRandom(seed));

        List<Long> marked = outcome.marks().stream().map(Mark::imageId).toList();
        boolean onceEach = new HashSet<>(marked).size() == marked.size() && marked.size() == task.markCalls.size();
        boolean withinLimits = outcome.pagesSeen() <= pageLimit
                && marked.size() <= outcome.pagesSeen() * SimulatedParticipant.PAGE_SIZE
                && outcome.refinements() == task.refinements
                && (refine || outcome.refinements() == 0)
                && outcome.refinements() <= outcome.pagesSeen();
        boolean endingFits = switch (outcome.ending()) {
            case TARGET_REACHED -> outcome.found() >= target;
            case PAGE_LIMIT -> outcome.found() < target && outcome.pagesSeen() == pageLimit
                    && outcome.refinements() == (refine ? pageLimit - 1 : 0);
            case RANKING_EXHAUSTED -> outcome.found() < target && marked.size() == images;
        };
        return onceEach && withinLimits && endingFits && outcome.found() == task.found();
    }

    @Property(tries = 200)
    boolean withoutNoiseEveryMarkIsTrue(@ForAll @IntRange(min = 1, max = 300) int images,
            @ForAll @IntRange(min = 1, max = 10) int everyNth, @ForAll long seed) {
        GroundTruth truth = Fixtures.archive(images, id -> id % everyNth == 0);
        SearchOutcome outcome = new SimulatedParticipant(new GroundTruthPolicy(0), true, 25)
                .search(shuffledOnRefine(images, seed), Condition.NO_XAI, truth, 12, new SplittableRandom(seed));
        return outcome.marks().stream()
                .allMatch(mark -> (mark.relevance() == Relevance.POSITIVE) == truth.containsTarget(mark.imageId()));
    }

    @Property(tries = 100)
    boolean replaysExactlyForTheSameSeed(@ForAll @IntRange(min = 1, max = 300) int images,
            @ForAll @DoubleRange(max = 1) double noise, @ForAll long seed) {
        GroundTruth truth = Fixtures.archive(images, id -> id % 4 == 0);
        SimulatedParticipant participant = new SimulatedParticipant(new GroundTruthPolicy(noise), true, 10);
        SearchOutcome first = participant.search(shuffledOnRefine(images, seed), Condition.NO_XAI, truth, 12,
                new SplittableRandom(seed));
        SearchOutcome second = participant.search(shuffledOnRefine(images, seed), Condition.NO_XAI, truth, 12,
                new SplittableRandom(seed));
        return first.equals(second);
    }

    /** Images 0 … images−1, reshuffled on every refine by a generator of its own, as reproducible as the run. */
    private static FakeSearchTask shuffledOnRefine(int images, long seed) {
        SplittableRandom reranking = new SplittableRandom(~seed);
        return new FakeSearchTask(Fixtures.ids(images), null, (ranking, marks) -> {
            List<Long> shuffled = new ArrayList<>(ranking);
            for (int i = shuffled.size() - 1; i > 0; i--) {
                int j = reranking.nextInt(i + 1);
                shuffled.set(i, shuffled.set(j, shuffled.get(i)));
            }
            return shuffled;
        });
    }
}
