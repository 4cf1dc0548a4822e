package org.xcbir.archive;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xcbir.descriptor.ModelRuntime;

/**
 * On a system without any archive, starts the demo archive job once the descriptor is ready, so a newcomer has
 * something to search. Off unless {@code xcbir.demo.images} is positive (bin/xcbir run sets it).
 */
@Singleton
@Startup
public class DemoArchiveBootstrap {
    private static final Logger LOG = Logger.getLogger(DemoArchiveBootstrap.class.getName());
    public static final String DEMO_NAME = "demo";

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

    @PostConstruct
    void scheduleCheck() {
        if (demoImages > 0) {
            timers.createIntervalTimer(5_000, 5_000, new TimerConfig("demo-archive-bootstrap", false));
        }
    }

    @Timeout
    void startDemoWhenReady(Timer timer) {
        switch (model.state().phase()) {
            case LOADING -> { }
            case FAILED -> timer.cancel();
            case READY -> {
                timer.cancel();
                if (!archives.anyArchive()) {
                    long execution = archives.generateDemo(DEMO_NAME, demoImages, demoSeed);
                    LOG.info(() -> "No archive yet: generating and indexing the demo archive (" + demoImages
                            + " images), batch job execution " + execution);
                }
            }
        }
    }
}
