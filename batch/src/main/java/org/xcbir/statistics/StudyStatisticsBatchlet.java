package org.xcbir.statistics;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import javax.naming.InitialContext;

/** Computes and stores one study's report; its one-line summary becomes the job's exit status. */
@Named
@Dependent
public class StudyStatisticsBatchlet extends AbstractBatchlet {
    private static final Logger LOG = Logger.getLogger(StudyStatisticsBatchlet.class.getName());
    private static final String SERVICE = "java:app/xcbir-ejb/StudyStatistics!" + StatisticsRun.class.getName();

    @Inject
    @BatchProperty
    String studyId;

    @Inject
    @BatchProperty
    String includeSimulated;

    @Inject
    @BatchProperty
    String permutations;

    @Inject
    @BatchProperty
    String seed;

    @Override
    public String process() throws Exception {
        StatisticsRun service = InitialContext.doLookup(SERVICE);
        LOG.info(() -> "Study " + studyId + ": computing the report (" + permutations + " permutations, seed " + seed
                + (Boolean.parseBoolean(includeSimulated) ? ", simulated participants included" : "") + ")");
        String summary = service.computeAndStore(Long.parseLong(studyId), Boolean.parseBoolean(includeSimulated),
                Integer.parseInt(permutations), Long.parseLong(seed));
        LOG.info(() -> "Study " + studyId + ": report stored, " + summary);
        return summary;
    }
}
