package org.xcbir.statistics;

/**
 * Computes and stores a study's report (tables, figures, spreadsheet, the inputs as CSV). The statistics batch job
 * reaches the service through this interface (its jar cannot see the EJB module).
 */
public interface StatisticsRun {

    /** @return a one-line summary for the job's exit status, e.g. "120 tasks, 60 participants" */
    String computeAndStore(long studyId, boolean includeSimulated, int permutations, long seed) throws Exception;
}
