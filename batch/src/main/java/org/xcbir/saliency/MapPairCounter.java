package org.xcbir.saliency;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;

/** The maps are stored by the service; this logs the running count so a long job shows its progress. */
@Named
@Dependent
public class MapPairCounter extends AbstractItemWriter {
    private static final Logger LOG = Logger.getLogger(MapPairCounter.class.getName());

    @Inject
    StepContext step;

    @Override
    public void writeItems(List<Object> items) {
        long stored = 0;
        for (Metric metric : step.getMetrics()) {
            if (metric.getType() == Metric.MetricType.WRITE_COUNT) {
                stored = metric.getValue();
            }
        }
        long total = stored + items.size();
        LOG.info(() -> "Saliency precompute: " + total + " maps stored");
    }
}
