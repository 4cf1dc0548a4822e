package org.xcbir.admin;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;

/** How far a chunk job has come, from the batch runtime's own counters (what {@code asadmin list-batch-jobs} shows). */
public final class BatchJobs {

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
}
