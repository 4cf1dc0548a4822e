package org.xcbir.retrieval.workingset;

import java.util.List;

/**
 * Finds the archive images nearest to a descriptor. Production plugs in the Elasticsearch
 * kNN search; {@link ExactNeighbourSource} is the in-memory reference.
 */
public interface NeighbourSource {

    /** At most {@code k} neighbours, nearest first. */
    List<Neighbour> nearest(float[] vector, int k);
}
