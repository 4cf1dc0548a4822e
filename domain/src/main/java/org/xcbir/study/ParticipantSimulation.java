package org.xcbir.study;

import java.util.Map;

/**
 * Runs one simulated participant through a study over the real services (enrolment, tutorial, both search tasks,
 * questionnaires). The simulation batch job reaches the service through this interface (its jar cannot see the
 * EJB module).
 */
public interface ParticipantSimulation {

    /**
     * @param number   the participant's number in this run (1, 2, …), part of its account name
     * @param settings the job's simulation parameters (policy, noise, …; see {@code SimulationSettings})
     * @return a one-line account of what the participant did, for the log
     */
    String simulate(long studyId, String runName, int number, Map<String, String> settings) throws Exception;
}
