package org.xcbir.saliency;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.xcbir.retrieval.RetrievalSessions;

/** The precompute job's way in: describe the query image once, then wait for its maps (no transaction held). */
@Stateless
@Local(MapPrecomputation.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MapPrecomputationBean implements MapPrecomputation {

    @Inject
    private RetrievalSessions sessions;

    @Inject
    private SaliencyService saliency;

    @Override
    public Map<Long, String> precompute(long queryImageId, List<Long> resultImageIds) throws InterruptedException {
        return saliency.precomputeAndWait(sessions.describeArchiveImage(queryImageId), resultImageIds);
    }
}
