package org.xcbir.descriptor;

import ai.djl.engine.Engine;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the deep-learning engine (DJL on PyTorch) once per server, in the background: the first load
 * unpacks the native libraries and takes seconds, which must not delay deployment.
 */
@Singleton
@Startup
public class ModelRuntime {
    private static final Logger LOG = Logger.getLogger(ModelRuntime.class.getName());
    static final String ENGINE = "PyTorch";

    @Resource
    private ManagedExecutorService executor;

    private volatile State state = new State(Phase.LOADING, "loading the " + ENGINE + " engine");

    @PostConstruct
    void loadInBackground() {
        executor.submit(this::load);
    }

    private void load() {
        try {
            Engine engine = Engine.getEngine(ENGINE);
            state = new State(Phase.READY, ENGINE + " " + engine.getVersion() + " on "
                    + (engine.getGpuCount() > 0 ? engine.getGpuCount() + " GPU(s)" : "CPU"));
            LOG.info(() -> "Model runtime ready: " + state.description());
        } catch (RuntimeException | LinkageError e) {
            state = new State(Phase.FAILED, "the " + ENGINE + " engine did not load: " + e.getMessage());
            LOG.log(Level.SEVERE, "Model runtime failed to load", e);
        }
    }

    public State state() {
        return state;
    }

    public enum Phase { LOADING, READY, FAILED }

    public record State(Phase phase, String description) {
    }
}
