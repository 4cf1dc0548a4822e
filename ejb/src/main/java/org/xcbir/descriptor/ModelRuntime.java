package org.xcbir.descriptor;

import ai.djl.engine.Engine;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xcbir.descriptor.embedding.ImageEmbedder;
import org.xcbir.descriptor.embedding.MobileNetV2Embedder;
import org.xcbir.descriptor.weights.CocoSsdModelStore;

/**
 * Loads the deep-learning engine (DJL on PyTorch) and the image descriptor once per deployment, in the
 * background: the first load unpacks native libraries and imports the TF.js weights, which must not
 * delay deployment. The model files come from {@code xcbir.model.cache} (filled by bin/lib/fetch-model.sh).
 */
@Singleton
@Startup
public class ModelRuntime {
    private static final Logger LOG = Logger.getLogger(ModelRuntime.class.getName());
    static final String ENGINE = "PyTorch";

    @Resource
    private ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "xcbir.model.cache")
    Optional<String> modelCache;

    @Inject
    @ConfigProperty(name = "xcbir.descriptor.input-size", defaultValue = "300")
    int inputSize;

    /** Read by native code at process start, so fixed for the server's lifetime. */
    private final String environmentStatus = InferenceEnvironment.status(System.getenv());
    private volatile State state = new State(Phase.LOADING, "loading the " + ENGINE + " engine");
    private volatile ImageEmbedder embedder;
    private volatile CocoSsdModelStore store;

    @PostConstruct
    void loadInBackground() {
        executor.submit(this::load);
    }

    private void load() {
        try {
            // TwelveMonkeys' readers sit in the server's common library; make ImageIO see them.
            ImageIO.scanForPlugins();
            Engine engine = Engine.getEngine(ENGINE);
            Path cache = Path.of(modelCache.orElse(System.getProperty("user.home") + "/.cache/xcbir/model"));
            state = new State(Phase.LOADING, "loading the descriptor from " + cache);
            store = CocoSsdModelStore.inCache(cache);
            embedder = MobileNetV2Embedder.load(store, inputSize);
            state = new State(Phase.READY, embedder.modelId() + " (" + embedder.dimension() + "-d) on " + ENGINE + " "
                    + engine.getVersion() + ", " + (engine.getGpuCount() > 0 ? engine.getGpuCount() + " GPU(s)" : "CPU"));
            LOG.info(() -> "Model runtime ready: " + state.description());
            if (!environmentStatus.equals("ok")) {
                LOG.warning(() -> "Inference runs slower than it can (" + environmentStatus + "): start the server with"
                        + " bin/xcbir, or give it " + InferenceEnvironment.RECOMMENDED
                        + " in its environment (README, 'Threads and memory').");
            }
        } catch (Exception | LinkageError e) {
            state = new State(Phase.FAILED, "the descriptor did not load: " + e.getMessage()
                    + " (run bin/xcbir run, which fetches the model, or set xcbir.model.cache)");
            LOG.log(Level.SEVERE, "Model runtime failed to load", e);
        }
    }

    @PreDestroy
    void close() {
        ImageEmbedder loaded = embedder;
        if (loaded != null) {
            try {
                loaded.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "closing the embedder", e);
            }
        }
    }

    public State state() {
        return state;
    }

    /** The loaded descriptor; fails with a message a person can act on while it is still loading or failed. */
    public ImageEmbedder embedder() {
        ImageEmbedder loaded = embedder;
        if (loaded == null) {
            throw new ModelNotReadyException("The image descriptor is not ready: " + state.description());
        }
        return loaded;
    }

    /** Where the loaded descriptor's weights come from, for components that build their own view of the network. */
    public CocoSsdModelStore modelStore() {
        embedder();
        return store;
    }

    /** "ok" when the process has the settings inference runs fast with ({@link InferenceEnvironment}). */
    public String environmentStatus() {
        return environmentStatus;
    }

    public int inputSize() {
        return inputSize;
    }

    public enum Phase { LOADING, READY, FAILED }

    public record State(Phase phase, String description) {
    }
}
