package org.xcbir.admin;

import jakarta.annotation.PreDestroy;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xcbir.archive.ArchiveService;
import org.xcbir.saliency.SaliencyJobs;
import org.xcbir.statistics.StudyStatistics;
import org.xcbir.study.StudySimulation;

/**
 * Asks the application's running batch jobs to stop when it is undeployed or the server stops, and waits (at most
 * {@code xcbir.batch.shutdown-wait-seconds}) for them to end. Chunk steps stop after their current chunk, demo
 * generation after its current scene; a batchlet without a stop of its own (ingest, statistics) runs on until the
 * wait ends. A job cut
 * off in the middle of a chunk by an undeploy leaves Payara's batch thread with a dangling transaction, and every
 * later chunk on that thread fails with "Nested transaction not supported" until the server restarts. A job
 * stopped here ends STOPPED: archive indexing continues by itself after the next start ({@code ArchiveStartup}),
 * the other jobs are started again by hand. The singletons the job beans use are destroyed only after this one,
 * so the stateless beans it calls can still be created while the application goes down.
 */
@Singleton
@Startup
@DependsOn({"DataSourceConfiguration", "ModelRuntime", "SaliencyService", "WorkingSetCache"})
public class BatchJobShutdown {
    private static final Logger LOG = Logger.getLogger(BatchJobShutdown.class.getName());
    private static final Set<BatchStatus> RUNNING =
            EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    /** A bean that starts jobs: only it can see and stop them (Payara scopes the job operator per component). */
    private record JobOwner(String name, Supplier<List<Long>> stop,
            Function<List<Long>, Map<Long, BatchStatus>> statuses) {}

    @Inject
    ArchiveService archives;

    @Inject
    SaliencyJobs saliency;

    @Inject
    StudyStatistics statistics;

    @Inject
    StudySimulation simulation;

    @Inject
    @ConfigProperty(name = "xcbir.batch.shutdown-wait-seconds", defaultValue = "30")
    int waitSeconds;

    @PreDestroy
    void stopRunningJobs() {
        List<JobOwner> owners = List.of(
                new JobOwner("archive", archives::stopRunningJobs, archives::jobStatuses),
                new JobOwner("saliency", saliency::stopRunningJobs, saliency::jobStatuses),
                new JobOwner("statistics", statistics::stopRunningJobs, statistics::jobStatuses),
                new JobOwner("simulation", simulation::stopRunningJobs, simulation::jobStatuses));
        Map<JobOwner, List<Long>> stopping = new LinkedHashMap<>();
        for (JobOwner owner : owners) {
            try {
                List<Long> executions = owner.stop().get();
                if (!executions.isEmpty()) {
                    stopping.put(owner, executions);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not stop the " + owner.name() + " jobs while the application goes down", e);
            }
        }
        if (stopping.isEmpty()) {
            return;
        }
        LOG.info(() -> "The application goes down: stopping running batch job executions " + stopping.values());
        long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
        Map<Long, BatchStatus> statuses = statuses(stopping);
        while (statuses.values().stream().anyMatch(BatchJobShutdown::running) && System.nanoTime() < deadline
                && sleptBriefly()) {
            statuses = statuses(stopping);
        }
        Map<Long, BatchStatus> ended = statuses;
        if (ended.values().stream().allMatch(s -> s == BatchStatus.STOPPED)) {
            LOG.info(() -> "Batch job executions stopped after their current chunk: " + ended);
        } else if (ended.values().stream().noneMatch(BatchJobShutdown::running)) {
            LOG.info(() -> "Batch job executions ended while the application went down: " + ended);
        } else {
            LOG.warning(() -> "Batch job executions still running or unknown after " + waitSeconds + " s: " + ended);
        }
    }

    /** The latest status of every execution being stopped; {@code null} where it could not be read. */
    private static Map<Long, BatchStatus> statuses(Map<JobOwner, List<Long>> stopping) {
        Map<Long, BatchStatus> statuses = new LinkedHashMap<>();
        stopping.forEach((owner, executions) -> {
            try {
                statuses.putAll(owner.statuses().apply(executions));
            } catch (RuntimeException e) {
                executions.forEach(execution -> statuses.put(execution, null));
            }
        });
        return statuses;
    }

    /** Unknown counts as running: only a status read back proves that an execution ended. */
    private static boolean running(BatchStatus status) {
        return status == null || RUNNING.contains(status);
    }

    private static boolean sleptBriefly() {
        try {
            Thread.sleep(200);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
