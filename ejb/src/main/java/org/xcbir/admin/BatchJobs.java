package org.xcbir.admin;

import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** How far a chunk job has come, from the batch runtime's own counters (what {@code asadmin list-batch-jobs} shows). */
public final class BatchJobs {
    private static final Logger LOG = Logger.getLogger(BatchJobs.class.getName());

    /** {@code written}: items done; {@code filtered}: items the processor dropped (failed ones, by our jobs' rule). */
    public record JobProgress(long executionId, String status, long written, long filtered, String exitStatus) {}

    private BatchJobs() {
    }

    /** @throws IllegalArgumentException for an unknown execution or one of another job */
    public static JobProgress progress(long executionId, String jobName) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        JobExecution execution;
        try {
            execution = jobs.getJobExecution(executionId);
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            throw new IllegalArgumentException("There is no job execution " + executionId + ".");
        }
        if (!jobName.equals(execution.getJobName())) {
            throw new IllegalArgumentException("Execution " + executionId + " is not a " + jobName + " job.");
        }
        long written = 0;
        long filtered = 0;
        for (StepExecution step : jobs.getStepExecutions(executionId)) {
            for (Metric metric : step.getMetrics()) {
                if (metric.getType() == Metric.MetricType.WRITE_COUNT) {
                    written += metric.getValue();
                } else if (metric.getType() == Metric.MetricType.FILTER_COUNT) {
                    filtered += metric.getValue();
                }
            }
        }
        return new JobProgress(executionId, execution.getBatchStatus().name(), written, filtered,
                execution.getExitStatus());
    }

    /**
     * Asks every running execution of the named jobs to stop (a chunk step after its current chunk) and returns
     * them. Call it from the EJB that started the jobs: Payara's job operator shows a component only its own jobs.
     */
    public static List<Long> stopRunning(String... jobNames) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        List<Long> stopping = new ArrayList<>();
        for (String name : jobNames) {
            List<Long> running;
            try {
                running = jobs.getRunningExecutions(name);
            } catch (NoSuchJobException noneRunning) {
                continue;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not list the running executions of job " + name, e);
                continue;
            }
            for (Long execution : running) {
                try {
                    jobs.stop(execution);
                    stopping.add(execution);
                } catch (JobExecutionNotRunningException endedMeanwhile) {
                    // nothing to stop
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not stop execution " + execution + " of job " + name, e);
                    stopping.add(execution); // still watched: its end is what matters
                }
            }
        }
        return stopping;
    }

    /** The batch status of each execution, {@code null} where it cannot be read (same caveat as above). */
    public static Map<Long, BatchStatus> statuses(List<Long> executions) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        Map<Long, BatchStatus> statuses = new LinkedHashMap<>();
        for (Long execution : executions) {
            BatchStatus status;
            try {
                status = jobs.getJobExecution(execution).getBatchStatus();
            } catch (RuntimeException e) {
                status = null;
            }
            statuses.put(execution, status);
        }
        return statuses;
    }
}
