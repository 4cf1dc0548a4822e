package org.xcbir.retrieval.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.ToDoubleFunction;
import org.xcbir.retrieval.workingset.WorkingSet;

/**
 * The working set ordered by a trained ranker: score descending, ties by ascending image id
 * so equal scores (e.g. saturated probabilities) still give a stable order across pages.
 * Immutable.
 */
public final class RefinedRanking {

    /** The result page size of the portal ("show more" adds 20). */
    public static final int PAGE_SIZE = 20;

    private static final Comparator<ScoredImage> BEST_FIRST =
            Comparator.comparingDouble(ScoredImage::score).reversed().thenComparingLong(ScoredImage::imageId);

    private final List<ScoredImage> ranked;

    private RefinedRanking(List<ScoredImage> ranked) {
        this.ranked = ranked;
    }

    public static RefinedRanking of(WorkingSet workingSet, TrainedRanker ranker) {
        return sorted(workingSet, ranker.scoreMembers(workingSet, 0, workingSet.size()));
    }

    /**
     * Scores in {@code chunks} parts on {@code executor} (in the container: a
     * ManagedExecutorService), which trained rankers allow because they are immutable. Same
     * result as the sequential {@link #of(WorkingSet, TrainedRanker)}.
     */
    public static RefinedRanking of(WorkingSet workingSet, TrainedRanker ranker, Executor executor, int chunks) {
        if (chunks < 1) {
            throw new IllegalArgumentException("chunks must be >= 1: " + chunks);
        }
        int size = workingSet.size();
        double[] scores = new double[size];
        int chunkSize = Math.max(1, (size + chunks - 1) / chunks);
        List<CompletableFuture<Void>> parts = new ArrayList<>();
        for (int from = 0; from < size; from += chunkSize) {
            int start = from;
            int end = Math.min(from + chunkSize, size);
            parts.add(CompletableFuture.runAsync(() -> System.arraycopy(
                    ranker.scoreMembers(workingSet, start, end), 0, scores, start, end - start), executor));
        }
        // join() also publishes the workers' writes to `scores` to this thread.
        CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).join();
        return sorted(workingSet, scores);
    }

    /** A ranking stored earlier, best first. */
    public static RefinedRanking restored(List<ScoredImage> bestFirst) {
        return new RefinedRanking(List.copyOf(bestFirst));
    }

    /** Ranks by any scoring function; lets benchmarks compare scoring paths of one model. */
    public static RefinedRanking of(WorkingSet workingSet, ToDoubleFunction<float[]> relevance) {
        double[] scores = new double[workingSet.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = relevance.applyAsDouble(workingSet.vectorAt(i));
        }
        return sorted(workingSet, scores);
    }

    /** The members ranked by given scores (in join order); lets benchmarks compare scoring paths. */
    static RefinedRanking sorted(WorkingSet workingSet, double[] scores) {
        ScoredImage[] scored = new ScoredImage[scores.length];
        for (int i = 0; i < scored.length; i++) {
            scored[i] = new ScoredImage(workingSet.idAt(i), scores[i]);
        }
        Arrays.sort(scored, BEST_FIRST);
        return new RefinedRanking(List.of(scored));
    }

    public List<ScoredImage> all() {
        return ranked;
    }

    public int size() {
        return ranked.size();
    }

    /** Up to {@code limit} results starting at {@code offset}; empty past the end. */
    public List<ScoredImage> page(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must be >= 0, got " + offset + " and " + limit);
        }
        int from = Math.min(offset, ranked.size());
        int to = (int) Math.min((long) from + limit, ranked.size());
        return ranked.subList(from, to);
    }

    /** The page-th page (0-based) of {@link #PAGE_SIZE} results. */
    public List<ScoredImage> page(int page) {
        return page(Math.multiplyExact(page, PAGE_SIZE), PAGE_SIZE);
    }

    public boolean hasMoreAfter(int offset) {
        return offset < ranked.size();
    }
}
