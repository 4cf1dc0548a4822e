package org.xcbir.saliency;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Computes one pair's map through the saliency service (behind the maps on screen) and waits for it. A pair whose
 * map cannot be made is filtered out (counted as filtered in the job's metrics) and logged with the reason.
 */
@Named
@Dependent
public class MapPairProcessor implements ItemProcessor {
    private static final Logger LOG = Logger.getLogger(MapPairProcessor.class.getName());
    private static final String SERVICE = "java:app/xcbir-ejb/MapPrecomputationBean!" + MapPrecomputation.class.getName();

    @Override
    public Object processItem(Object item) throws Exception {
        MapPair pair = (MapPair) item;
        Map<Long, String> failures = service().precompute(pair.queryImageId(), List.of(pair.resultImageId()));
        if (!failures.isEmpty()) {
            LOG.warning(() -> "No saliency map for query " + pair.queryImageId() + ", result " + pair.resultImageId()
                    + ": " + failures.get(pair.resultImageId()));
            return null;
        }
        return pair;
    }

    private static MapPrecomputation service() {
        try {
            return InitialContext.doLookup(SERVICE);
        } catch (NamingException e) {
            throw new IllegalStateException("the saliency service is not deployed (" + SERVICE + ")", e);
        }
    }
}
