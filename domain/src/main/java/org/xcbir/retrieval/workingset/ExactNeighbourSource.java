package org.xcbir.retrieval.workingset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Brute-force L2 nearest neighbours over an in-memory archive: the exact answer approximate
 * indexes (HNSW) are judged against, and a stand-in for Elasticsearch in unit tests.
 */
public final class ExactNeighbourSource implements NeighbourSource {

    private final List<Neighbour> archive;

    public ExactNeighbourSource(List<Neighbour> archive) {
        this.archive = List.copyOf(archive);
    }

    @Override
    public List<Neighbour> nearest(float[] vector, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0: " + k);
        }
        // one distance per image (the comparator must not recompute them); ties by id keep the answer deterministic
        double[] distances = new double[archive.size()];
        Integer[] order = new Integer[archive.size()];
        for (int i = 0; i < distances.length; i++) {
            distances[i] = Distances.squaredL2(vector, archive.get(i).vector());
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> distances[i])
                .thenComparingLong(i -> archive.get(i).imageId()));
        List<Neighbour> nearest = new ArrayList<>();
        for (int i = 0; i < Math.min(k, order.length); i++) {
            nearest.add(archive.get(order[i]));
        }
        return List.copyOf(nearest);
    }
}
