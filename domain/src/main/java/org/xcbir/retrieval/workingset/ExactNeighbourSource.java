package org.xcbir.retrieval.workingset;

import java.util.ArrayList;
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
        List<Neighbour> sorted = new ArrayList<>(archive);
        // Ties by id keep the answer deterministic, like a stable index would.
        sorted.sort(Comparator.<Neighbour>comparingDouble(n -> Distances.squaredL2(vector, n.vector()))
                .thenComparingLong(Neighbour::imageId));
        return List.copyOf(sorted.subList(0, Math.min(k, sorted.size())));
    }
}
