package org.xcbir.saliency;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xcbir.admin.DataDirectory;
import org.xcbir.descriptor.ModelNotReadyException;
import org.xcbir.descriptor.ModelRuntime;
import org.xcbir.descriptor.embedding.ImageEmbedder;
import org.xcbir.descriptor.embedding.MobileNetV2Embedder;
import org.xcbir.retrieval.SearchableArchives;

/**
 * Computes saliency maps in the background and keeps them: a bounded queue ({@link MapQueue}: maps on someone's
 * screen first, precomputation after), worker threads from the server's managed thread factory, and the
 * persistent {@link MapStore} under the data directory. A map is identified by {@link MapKey} (model,
 * configuration, query descriptor, result image), so it is computed once however many sessions show it.
 *
 * <p>One worker by default: a map's forward passes already use every core through PyTorch's own threads, and
 * a second worker would only double the memory. With a GPU (DJL picks it up by itself) more workers may help.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SaliencyService {
    private static final Logger LOG = Logger.getLogger(SaliencyService.class.getName());
    private static final int REMEMBERED_FAILURES = 1000;
    private static final long PRECOMPUTE_POLL_MS = 50;
    private static final long STOP_WAIT_MS = 30_000;

    @Inject
    private ModelRuntime model;

    @Inject
    private DataDirectory dataDirectory;

    @Inject
    private SearchableArchives archives;

    @Resource
    private ManagedThreadFactory threadFactory;

    @Inject
    @ConfigProperty(name = "xcbir.saliency.block", defaultValue = "50")
    int block;

    @Inject
    @ConfigProperty(name = "xcbir.saliency.stride", defaultValue = "25")
    int stride;

    @Inject
    @ConfigProperty(name = "xcbir.saliency.fill", defaultValue = "mean")
    String fill;

    @Inject
    @ConfigProperty(name = "xcbir.saliency.distance", defaultValue = "l2")
    String distance;

    @Inject
    @ConfigProperty(name = "xcbir.saliency.batch-size", defaultValue = "16")
    int batchSize;

    @Inject
    @ConfigProperty(name = "xcbir.saliency.mode", defaultValue = "exact")
    String mode;

    /** {@code incremental} (exact and fast, built-in MobileNetV2 only) or {@code reference} (any descriptor). */
    @Inject
    @ConfigProperty(name = "xcbir.saliency.engine", defaultValue = "incremental")
    String engineChoice;

    @Inject
    @ConfigProperty(name = "xcbir.saliency.workers", defaultValue = "1")
    int workerCount;

    @Inject
    @ConfigProperty(name = "xcbir.saliency.queue-capacity", defaultValue = "200")
    int queueCapacity;


    private SaliencySettings settings;
    private MapMode mapMode;
    private MapQueue<MapKey, MapRequest> queue;
    private MapStore store;
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicLong computed = new AtomicLong();
    private volatile OcclusionEngine engine;

    /** What a worker needs besides the key: the query descriptor itself. */
    public record MapRequest(float[] query) {}

    public record QueueStats(int queued, int running, int capacity, long completed, long failed, long rejected,
            long stored, int workers, String configuration) {}

    @PostConstruct
    void start() {
        settings = new SaliencySettings(block, stride, setting(OcclusionFill.class, "xcbir.saliency.fill", fill),
                setting(DescriptorDistance.class, "xcbir.saliency.distance", distance), batchSize);
        mapMode = MapMode.parse(mode);
        queue = new MapQueue<>(queueCapacity, REMEMBERED_FAILURES);
        store = new MapStore(dataDirectory.resolve("saliency"));
        for (int i = 0; i < workerCount; i++) {
            Thread worker = threadFactory.newThread(this::work);
            worker.setName("xcbir-saliency-" + (i + 1));
            workers.add(worker);
            worker.start();
        }
        LOG.info(() -> "Saliency maps: " + configuration() + ", " + workerCount + " worker(s), queue of "
                + queueCapacity + ", cache " + dataDirectory.resolve("saliency"));
    }

    @PreDestroy
    void stop() {
        workers.forEach(Thread::interrupt);
        // a worker notices the interrupt between maps; the engine must outlive the map it is computing
        for (Thread worker : workers) {
            try {
                worker.join(STOP_WAIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        OcclusionEngine loaded = engine;
        if (loaded instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "closing the occlusion engine", e);
            }
        }
    }

    private static <E extends Enum<E>> E setting(Class<E> type, String property, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + " must be one of " + Arrays.toString(type.getEnumConstants())
                    + " (any case), not " + value, e);
        }
    }

    /** The cache configuration tag of maps computed now, e.g. {@code b50-s25-mean-l2-exact}. */
    public String configuration() {
        return mapMode.configuration(settings);
    }

    public MapKey key(float[] query, long imageId) {
        return MapKey.of(model.embedder().modelId(), configuration(), query, imageId);
    }

    /**
     * The maps on one person's screen, in display order: stored ones are done, the others are queued with
     * priority (and that person's maps that left the screen lose it).
     */
    public List<MapQueue.Status> showing(String screen, float[] query, List<Long> imageIds) {
        List<MapQueue.Task<MapKey, MapRequest>> missing = new ArrayList<>();
        for (long imageId : imageIds) {
            MapKey key = key(query, imageId);
            if (!store.contains(key)) {
                missing.add(new MapQueue.Task<>(key, new MapRequest(query)));
            }
        }
        List<MapQueue.Status> queued = queue.showing(screen, missing);
        List<MapQueue.Status> statuses = new ArrayList<>();
        int next = 0;
        for (long imageId : imageIds) {
            boolean isMissing = next < missing.size() && missing.get(next).key().imageId() == imageId;
            statuses.add(isMissing ? queued.get(next++) : null);
        }
        return statuses;
    }

    /** The state of each map without asking for it: {@code null} where the map is stored. */
    public List<MapQueue.Status> statuses(float[] query, List<Long> imageIds) {
        return imageIds.stream().map(id -> key(query, id))
                .map(key -> store.contains(key) ? null : queue.status(key)).toList();
    }

    /** Precomputation: queues the map behind everything on screen, waiting while the queue is full. */
    public MapQueue.Status precompute(float[] query, long imageId) throws InterruptedException {
        MapKey key = key(query, imageId);
        return store.contains(key) ? null : queue.submitBackground(new MapQueue.Task<>(key, new MapRequest(query)));
    }

    /**
     * Precomputes these maps and waits until each is stored or failed.
     *
     * @return a message per image whose map failed
     */
    public Map<Long, String> precomputeAndWait(float[] query, List<Long> imageIds) throws InterruptedException {
        for (long imageId : imageIds) {
            precompute(query, imageId);
        }
        Map<Long, String> failures = new LinkedHashMap<>();
        for (long imageId : imageIds) {
            MapKey key = key(query, imageId);
            while (!store.contains(key)) {
                MapQueue.Status status = queue.status(key);
                if (status instanceof MapQueue.Failed failed) {
                    failures.put(imageId, failed.message());
                    break;
                }
                if (status instanceof MapQueue.Absent) { // completed between the two checks, or forgotten: ask again
                    precompute(query, imageId);
                }
                Thread.sleep(PRECOMPUTE_POLL_MS);
            }
        }
        return failures;
    }

    public Optional<SaliencyMap> map(MapKey key) {
        return store.find(key);
    }

    public QueueStats stats() {
        MapQueue.Stats s = queue.stats();
        return new QueueStats(s.queued(), s.running(), s.capacity(), s.completed(), s.failed(), s.rejected(),
                store.count(), workerCount, configuration());
    }

    private void work() {
        while (!Thread.currentThread().isInterrupted()) {
            MapQueue.Task<MapKey, MapRequest> task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            MapKey key = task.key();
            if (store.contains(key)) { // finished by another worker between the caller's check and the queue
                queue.completed(key);
                continue;
            }
            try {
                long started = System.nanoTime();
                BufferedImage result = resultImage(key.imageId());
                SaliencyExplainer explainer = new SaliencyExplainer(engine(), settings);
                SaliencyMap map = mapMode.compute(explainer, task.payload().query(), result,
                        (done, total) -> queue.progress(key, done, total));
                store.save(key, map);
                queue.completed(key);
                long count = computed.incrementAndGet();
                LOG.info(() -> String.format("Saliency map %d computed: image %d in %.1f s, %d queued", count,
                        key.imageId(), (System.nanoTime() - started) / 1e9, queue.stats().queued()));
            } catch (ModelNotReadyException | MapUnavailableException e) {
                queue.failed(key, e.getMessage());
            } catch (RuntimeException | OutOfMemoryError e) {
                LOG.log(Level.WARNING, "Saliency map of image " + key.imageId() + " failed", e);
                queue.failed(key, "The map could not be computed: " + e);
            }
        }
    }

    private BufferedImage resultImage(long imageId) {
        Optional<BufferedImage> image;
        try {
            image = archives.decoded(imageId);
        } catch (Exception e) {
            throw new MapUnavailableException("Image " + imageId + " cannot be read: " + e.getMessage());
        }
        return image.orElseThrow(() -> new MapUnavailableException(
                "Image " + imageId + " is no longer in its archive's folder."));
    }

    /** Built on first use, in a worker thread: the incremental engine loads its own copy of the weights. */
    private synchronized OcclusionEngine engine() {
        if (engine == null) {
            ImageEmbedder embedder = model.embedder();
            try {
                engine = "incremental".equalsIgnoreCase(engineChoice) && embedder instanceof MobileNetV2Embedder
                        ? IncrementalMobileNetEngine.load(model.modelStore(), model.inputSize())
                        : new EmbedderOcclusionEngine(embedder, model.inputSize());
            } catch (IOException e) {
                throw new MapUnavailableException("The saliency engine did not load: " + e.getMessage());
            }
            LOG.info(() -> "Saliency engine: " + engine.getClass().getSimpleName());
        }
        return engine;
    }

    /** A map that cannot be made for a reason a person can act on (missing file, model not loaded). */
    static final class MapUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MapUnavailableException(String message) {
            super(message);
        }
    }
}
