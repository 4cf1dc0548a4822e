package org.xcbir.saliency;

import java.util.List;
import java.util.Map;

/**
 * Precomputes the saliency maps of (query image, result image) pairs, behind everything on screen. The
 * precompute batch job reaches the service through this interface (its jar cannot see the EJB module).
 */
public interface MapPrecomputation {

    /**
     * Computes, or finds stored, the maps of these results for an archive image as the query (described as a
     * session started from it would describe it, so sessions find them), waiting until each is done.
     *
     * @return a message per result whose map could not be made; empty when all are stored
     */
    Map<Long, String> precompute(long queryImageId, List<Long> resultImageIds) throws InterruptedException;
}
