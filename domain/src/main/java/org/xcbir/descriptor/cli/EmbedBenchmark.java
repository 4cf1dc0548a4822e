package org.xcbir.descriptor.cli;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.xcbir.descriptor.InferenceEnvironment;
import org.xcbir.descriptor.embedding.MobileNetV2Embedder;
import org.xcbir.descriptor.image.ImagePreprocessor;
import org.xcbir.descriptor.nn.PooledDescriptorBlock;
import org.xcbir.descriptor.weights.CocoSsdModelStore;

/**
 * {@code bench embed [DIR] [--batch N] [--rounds R]}: embedding throughput on image files
 * (decode + resize + forward) against raw forward passes on a pre-built tensor, in one run.
 * The last line is machine-readable: {@code BENCH embed key=value …}.
 */
public final class EmbedBenchmark {

    private EmbedBenchmark() {}

    public static void main(String[] args) throws IOException, TranslateException {
        if (args.length < 1 || !args[0].equals("embed")) {
            System.err.println("usage: EmbedBenchmark embed [IMAGE_DIR] [--batch N] [--rounds R]");
            System.exit(2);
        }
        Path dir = Path.of(System.getProperty("xcbir.photo.cache", System.getProperty("user.home") + "/.cache/xcbir/photos"), "photos");
        int batch = 8;
        int rounds = 5;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> dir = Path.of(args[i]);
            }
        }
        List<Path> files = imageFiles(dir);
        CocoSsdModelStore store = CocoSsdModelStore.inCache(DescriptorCli.modelCache());

        long loadStart = System.nanoTime();
        try (MobileNetV2Embedder embedder = MobileNetV2Embedder.load(store);
                Model raw = Model.newInstance("raw-forward")) {
            double loadSeconds = seconds(loadStart);
            raw.setBlock(new PooledDescriptorBlock(store.load(raw.getNDManager()).backbone()));
            int fileImages = 0;
            int rawImages = 0;
            double fileSeconds = 0;
            double rawSeconds = 0;

            List<List<Path>> fileBatches = batches(files, batch);
            try (NDManager manager = NDManager.newBaseManager();
                    Predictor<NDList, NDList> predictor = raw.newPredictor(new NoopTranslator())) {
                // raw: a ready tensor of one batch, nothing but the network
                List<BufferedImage> images = DescriptorCli.decodeAll(fileBatches.get(0));
                while (images.size() < batch) {
                    images.add(images.get(images.size() % fileBatches.get(0).size()));
                }
                NDArray input = ImagePreprocessor.toBatch(manager, images);
                embedFiles(embedder, fileBatches.get(0)); // warm-up of both paths
                forward(predictor, manager, input);

                // Rounds alternate between the two so that both see the same machine load.
                for (int r = 0; r < rounds; r++) {
                    long start = System.nanoTime();
                    for (List<Path> b : fileBatches) {
                        embedFiles(embedder, b); // read, decode, resize, forward: as indexing an archive
                        fileImages += b.size();
                    }
                    fileSeconds += seconds(start);
                    start = System.nanoTime();
                    for (int done = 0; done < files.size(); done += batch) {
                        forward(predictor, manager, input);
                        rawImages += batch;
                    }
                    rawSeconds += seconds(start);
                }
            }
            double filesPerSecond = fileImages / fileSeconds;
            double rawPerSecond = rawImages / rawSeconds;

            double ratio = filesPerSecond / rawPerSecond;
            System.out.printf("model load %.2f s; %d files, batch %d, %d rounds%n", loadSeconds, files.size(), batch, rounds);
            System.out.printf("files (decode+resize+forward): %.1f images/s%n", filesPerSecond);
            System.out.printf("raw forward on a ready %d×3×300×300 tensor: %.1f images/s%n", batch, rawPerSecond);
            System.out.printf("files / raw = %.2f%n", ratio);
            // the machine's load, OpenMP's wait policy and the allocator settings change these figures several-fold
            System.out.printf("BENCH embed batch=%d images=%d files_per_s=%.2f raw_per_s=%.2f ratio=%.3f load_s=%.2f"
                            + " cores=%d torch_threads=%s %s load_avg=%.2f%n",
                    batch, fileImages, filesPerSecond, rawPerSecond, ratio, loadSeconds,
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("ai.djl.pytorch.num_threads", "default"),
                    InferenceEnvironment.benchFields(System.getenv()),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /**
     * One forward pass on a copy of the ready batch in a manager of its own: every activation is attached to the
     * manager of its input, so passes on the long-lived tensor itself would keep all of them until the end.
     */
    private static void forward(Predictor<NDList, NDList> predictor, NDManager manager, NDArray input)
            throws TranslateException {
        try (NDManager pass = manager.newSubManager()) {
            NDArray copy = input.duplicate();
            copy.attach(pass);
            predictor.predict(new NDList(copy)).close();
        }
    }

    private static void embedFiles(MobileNetV2Embedder embedder, List<Path> files) throws IOException {
        embedder.embed(DescriptorCli.decodeAll(files));
    }

    private static List<Path> imageFiles(Path dir) throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            List<Path> files = listing.filter(p -> p.toString().matches("(?i).*\\.(jpe?g|png|webp|gif|bmp)$"))
                    .sorted().toList();
            if (files.isEmpty()) {
                throw new IOException("no images in " + dir + " (run bin/fetch-test-photos.sh or pass a directory)");
            }
            return files;
        }
    }

    private static <T> List<List<T>> batches(List<T> items, int size) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            batches.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return batches;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
