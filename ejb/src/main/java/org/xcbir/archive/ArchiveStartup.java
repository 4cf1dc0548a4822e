package org.xcbir.archive;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xcbir.descriptor.ModelRuntime;
import org.xcbir.archive.demo.DemoArchiveSettings;

/**
 * Archive work that follows a server start, once the descriptor is ready: indexing runs the previous server
 * process lost are continued after their last committed chunk ({@code xcbir.indexing.resume-interrupted}), and
 * a system without any archive generates the demo archive ({@code xcbir.demo.images} > 0; bin/xcbir run sets it).
 */
@Singleton
@Startup
public class ArchiveStartup {
    private static final Logger LOG = Logger.getLogger(ArchiveStartup.class.getName());
    private static final String DEMO_NAME = "demo";

    @Resource
    private TimerService timers;

    @Inject
    private ModelRuntime model;

    @Inject
    private ArchiveService archives;

    @Inject
    @ConfigProperty(name = "xcbir.demo.images", defaultValue = "0")
    int demoImages;

    @Inject
    @ConfigProperty(name = "xcbir.demo.seed", defaultValue = "1")
    long demoSeed;

    @Inject
    @ConfigProperty(name = "xcbir.indexing.resume-interrupted", defaultValue = "true")
    boolean resumeInterrupted;

    private final List<Long> toResume = new ArrayList<>();

    @PostConstruct
    void findUnfinishedWork() {
        for (Archive archive : archives.markInterruptedRuns()) {
            LOG.warning(() -> "Archive " + archive.getName() + ": its indexing job was interrupted by a server stop at "
                    + archive.getIndexedCount() + "/" + archive.getImageCount() + " images"
                    + (resumeInterrupted ? "; it continues once the descriptor is ready" : "; Continue resumes it"));
            if (resumeInterrupted) {
                toResume.add(archive.getId());
            }
        }
        if (demoImages > 0 || !toResume.isEmpty()) {
            timers.createIntervalTimer(5_000, 5_000, new TimerConfig("archive-startup", false));
        }
    }

    /** Without a transaction of its own: a failed start must not roll back the timer's cancellation. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void whenModelReady(Timer timer) {
        switch (model.state().phase()) {
            case LOADING -> { }
            case FAILED -> timer.cancel();
            case READY -> {
                timer.cancel();
                toResume.forEach(this::resume);
                if (demoImages > 0 && !archives.anyArchive()) {
                    long execution = archives.generateDemo(DEMO_NAME, DemoArchiveSettings.defaults(demoImages, demoSeed));
                    LOG.info(() -> "No archive yet: generating and indexing the demo archive (" + demoImages
                            + " images), batch job execution " + execution);
                }
            }
        }
    }

    private void resume(long archiveId) {
        try {
            long execution = archives.startIndexing(archiveId);
            LOG.info(() -> "Archive " + archiveId + ": interrupted indexing continues as job execution " + execution);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Archive " + archiveId + ": could not continue the interrupted indexing; "
                    + "use Continue on the Archives page", e);
        }
    }
}
