package org.xcbir.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xcbir.study.Study;
import org.xcbir.study.StudyService;
import org.xcbir.study.StudyService.StudyView;

/**
 * Keeps the reports of running studies fresh: every {@code xcbir.statistics.interval-minutes} (0, the default,
 * switches it off) the statistics job runs for each open study with completed participants, with the study's
 * own seed (so unchanged data give the same p-values) and the paper's 10,000 permutations.
 */
@Singleton
@Startup
public class StatisticsSchedule {
    private static final Logger LOG = Logger.getLogger(StatisticsSchedule.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private StudyService studies;

    @Inject
    private StudyStatistics statistics;

    @Inject
    @ConfigProperty(name = "xcbir.statistics.interval-minutes", defaultValue = "0")
    int intervalMinutes;

    @PostConstruct
    void schedule() {
        if (intervalMinutes > 0) {
            long interval = intervalMinutes * 60_000L;
            timers.createIntervalTimer(interval, interval, new TimerConfig("study-statistics", false));
            LOG.info(() -> "Study reports are recomputed every " + intervalMinutes + " minutes");
        }
    }

    @Timeout
    void recomputeOpenStudies() {
        for (StudyView study : studies.list()) {
            if (study.state() == Study.State.OPEN && study.completed() > 0) {
                try {
                    statistics.start(study.id(), false, PermutationSettings.PAPER_PERMUTATIONS, study.seed());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Study " + study.id() + ": the scheduled report could not start", e);
                }
            }
        }
    }
}
