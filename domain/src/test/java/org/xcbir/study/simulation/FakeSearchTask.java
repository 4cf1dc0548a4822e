package org.xcbir.study.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.xcbir.retrieval.adjudication.Mark;
import org.xcbir.retrieval.adjudication.Relevance;
import org.xcbir.saliency.SaliencyMap;

/** A search task over a fixed list of image ids whose ranking a test-supplied rule changes on refine. */
final class FakeSearchTask implements SearchTask {

    /** The new ranking after a refine, from the current ranking and the marks in force. */
    interface Reranking extends BiFunction<List<Long>, Map<Long, Relevance>, List<Long>> {
    }

    static final Reranking UNCHANGED = (ranking, marks) -> ranking;

    private final Long queryId;
    private final Reranking reranking;
    private final Map<Long, SaliencyMap> maps = new HashMap<>();
    private List<Long> ranking;
    final Map<Long, Relevance> judgements = new LinkedHashMap<>();
    final List<Mark> markCalls = new ArrayList<>();
    final List<Long> mapRequests = new ArrayList<>();
    /** "mark" and "refine" in call order, to check what happens between refines. */
    final List<String> events = new ArrayList<>();
    int refinements;

    /** @param queryId the query image, which the found counter leaves out; null when it is not in the archive */
    FakeSearchTask(List<Long> ranking, Long queryId, Reranking reranking) {
        this.ranking = List.copyOf(ranking);
        this.queryId = queryId;
        this.reranking = reranking;
    }

    static FakeSearchTask ranked(List<Long> ranking) {
        return new FakeSearchTask(ranking, null, UNCHANGED);
    }

    FakeSearchTask withMap(long imageId, SaliencyMap map) {
        maps.put(imageId, map);
        return this;
    }

    @Override
    public List<Long> results(int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        return ranking.subList(Math.min(offset, ranking.size()), Math.min(offset + limit, ranking.size()));
    }

    @Override
    public void mark(long imageId, Relevance relevance) {
        if (!ranking.contains(imageId)) {
            throw new IllegalArgumentException("image " + imageId + " was never shown");
        }
        events.add("mark");
        markCalls.add(new Mark(imageId, relevance));
        judgements.put(imageId, relevance);
    }

    @Override
    public void refine() {
        events.add("refine");
        refinements++;
        ranking = List.copyOf(reranking.apply(ranking, Map.copyOf(judgements)));
    }

    @Override
    public Optional<SaliencyMap> map(long imageId) {
        mapRequests.add(imageId);
        return Optional.ofNullable(maps.get(imageId));
    }

    @Override
    public int found() {
        return (int) judgements.entrySet().stream()
                .filter(j -> j.getValue() == Relevance.POSITIVE && !j.getKey().equals(queryId))
                .count();
    }

    List<Long> ranking() {
        return ranking;
    }
}
