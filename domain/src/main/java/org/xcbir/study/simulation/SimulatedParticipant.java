package org.xcbir.study.simulation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.random.RandomGenerator;
import org.xcbir.retrieval.adjudication.Mark;
import org.xcbir.retrieval.adjudication.Relevance;
import org.xcbir.saliency.SaliencyMap;
import org.xcbir.study.Condition;

/**
 * A scripted participant doing one search task the way the study asks a person to: look at a page of
 * {@value #PAGE_SIZE} results, judge each one, refine, look at the next page, until the found counter shows the
 * target count.
 *
 * <p>"The next page" is the first {@value #PAGE_SIZE} results of the <em>current</em> ranking the participant has
 * not seen yet: a refine reorders everything, so it walks down from the top again page by page and skips what it
 * has judged, which is what a person does when the already marked results come back near the top. Every result is
 * therefore judged at most once. It stops as soon as the counter reaches the target, even mid-page, because the
 * task asks for that many; otherwise after {@code pageLimit} pages or when the ranking has nothing unseen left.
 */
public final class SimulatedParticipant {

    /** Results per page, as on the study's results page. */
    public static final int PAGE_SIZE = 20;

    private final AdjudicationPolicy policy;
    private final boolean refineAfterEveryPage;
    private final int pageLimit;

    /**
     * @param refineAfterEveryPage refine after each page that does not end the task; without it the participant
     *                             only pages down the query's ranking, a baseline without relevance feedback
     * @param pageLimit            pages after which it gives up
     */
    public SimulatedParticipant(AdjudicationPolicy policy, boolean refineAfterEveryPage, int pageLimit) {
        this.policy = Objects.requireNonNull(policy, "policy");
        if (pageLimit < 1) {
            throw new IllegalArgumentException("the page limit must be at least 1, not " + pageLimit);
        }
        this.refineAfterEveryPage = refineAfterEveryPage;
        this.pageLimit = pageLimit;
    }

    /**
     * Runs the task to its end. Deterministic for the same task behaviour and generator state.
     *
     * @param condition   whether the participant sees saliency maps ({@link SearchTask#map} is never asked otherwise)
     * @param targetCount the study's target: results to find besides the query
     */
    public SearchOutcome search(SearchTask task, Condition condition, GroundTruth truth, int targetCount,
            RandomGenerator random) {
        if (targetCount < 1) {
            throw new IllegalArgumentException("the target count must be at least 1, not " + targetCount);
        }
        return new Search(task, condition, truth, targetCount, random).run();
    }

    /** The state of one run. */
    private final class Search {
        private final SearchTask task;
        private final GroundTruth truth;
        private final int targetCount;
        private final RandomGenerator random;
        private final LongFunction<Optional<SaliencyMap>> maps;
        private final Set<Long> seen = new HashSet<>();
        private final List<Mark> marks = new ArrayList<>();
        private int pages;
        private int leftUnmarked;
        private int mapsViewed;
        private int refinements;

        Search(SearchTask task, Condition condition, GroundTruth truth, int targetCount, RandomGenerator random) {
            this.task = Objects.requireNonNull(task, "task");
            this.truth = Objects.requireNonNull(truth, "truth");
            this.targetCount = targetCount;
            this.random = Objects.requireNonNull(random, "random");
            this.maps = condition == Condition.WITH_XAI ? this::viewMap : imageId -> Optional.empty();
        }

        SearchOutcome run() {
            while (task.found() < targetCount) {
                if (pages == pageLimit) {
                    return outcome(SearchOutcome.Ending.PAGE_LIMIT);
                }
                List<Long> page = nextUnseenPage();
                if (page.isEmpty()) {
                    return outcome(SearchOutcome.Ending.RANKING_EXHAUSTED);
                }
                pages++;
                judge(page);
                if (refineAfterEveryPage && pages < pageLimit && task.found() < targetCount) {
                    task.refine();
                    refinements++;
                }
            }
            return outcome(SearchOutcome.Ending.TARGET_REACHED);
        }

        private List<Long> nextUnseenPage() {
            Set<Long> page = new LinkedHashSet<>();
            for (int offset = 0; page.size() < PAGE_SIZE; offset += PAGE_SIZE) {
                List<Long> shown = task.results(offset, PAGE_SIZE);
                for (Long imageId : shown) {
                    if (page.size() < PAGE_SIZE && !seen.contains(imageId)) {
                        page.add(imageId);
                    }
                }
                if (shown.size() < PAGE_SIZE) {
                    break;
                }
            }
            return List.copyOf(page);
        }

        /** Judges the page in order, stopping at the positive that reaches the target. */
        private void judge(List<Long> page) {
            for (long imageId : page) {
                seen.add(imageId);
                Relevance relevance = policy.judge(imageId, truth, maps, random);
                if (relevance == Relevance.NEUTRAL) {
                    leftUnmarked++;
                } else {
                    task.mark(imageId, relevance);
                    marks.add(new Mark(imageId, relevance));
                    if (relevance == Relevance.POSITIVE && task.found() >= targetCount) {
                        return;
                    }
                }
            }
        }

        private Optional<SaliencyMap> viewMap(long imageId) {
            mapsViewed++;
            return task.map(imageId);
        }

        private SearchOutcome outcome(SearchOutcome.Ending ending) {
            return new SearchOutcome(ending, pages, marks, leftUnmarked, mapsViewed, refinements, task.found());
        }
    }
}
