package org.xcbir.saliency;

import java.util.List;

/** Computes descriptor distances of occluded versions of a result image to a query. */
public interface OcclusionEngine {

    /** The square input size the descriptor sees; windows live in this resolution. */
    int inputSize();

    /** Prepares one result image; the session holds whatever the engine caches for it until closed. */
    Session open(float[] queryDescriptor, OcclusionInput result, DescriptorDistance distance, int batchSize);

    /** Distances for one query/result pair. Not thread-safe. */
    interface Session extends AutoCloseable {

        /** D = d(f(Q), f(A)) of the unoccluded (resized) result. */
        double baseDistance();

        /** D'_i = d(f(Q), f(A ⊙ m_i)), one per window in order; windows of one call share one size. */
        float[] occludedDistances(List<Window> windows);

        @Override
        void close();
    }
}
