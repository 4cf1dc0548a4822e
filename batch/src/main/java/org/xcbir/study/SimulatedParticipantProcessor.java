package org.xcbir.study;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.naming.InitialContext;

/**
 * Runs one simulated participant through the study (each step in its own transaction, like a person's clicks) and
 * logs what it did; the written-item count is the number of participants done.
 */
@Named
@Dependent
public class SimulatedParticipantProcessor implements ItemProcessor {
    private static final Logger LOG = Logger.getLogger(SimulatedParticipantProcessor.class.getName());
    private static final String SERVICE = "java:app/xcbir-ejb/StudySimulation!" + ParticipantSimulation.class.getName();

    @Inject
    @BatchProperty
    String studyId;

    @Inject
    @BatchProperty
    String participants;

    @Inject
    private JobContext job;

    @Override
    public Object processItem(Object item) throws Exception {
        int number = (Integer) item;
        ParticipantSimulation simulation = InitialContext.doLookup(SERVICE);
        Properties parameters = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        Map<String, String> settings = new HashMap<>();
        parameters.stringPropertyNames().forEach(name -> settings.put(name, parameters.getProperty(name)));
        String runName = "sim" + job.getInstanceId();
        String account = simulation.simulate(Long.parseLong(studyId), runName, number, settings);
        LOG.info(() -> "Study " + studyId + ": simulated participant " + number + "/" + participants + " done: "
                + account);
        return number;
    }
}
