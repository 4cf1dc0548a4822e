package org.xcbir.saliency;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.xcbir.descriptor.InferenceEnvironment;
import org.xcbir.descriptor.embedding.MobileNetV2Embedder;
import org.xcbir.descriptor.image.ImageDecoder;
import org.xcbir.descriptor.weights.CocoSsdModelStore;

/**
 * {@code SaliencyBenchmark [IMAGE|DIR]… [--page N] [--threshold T] [--out DIR]}: saliency maps with the default
 * masks for the first image as query and every other image as result, in one run: the black-box reference, the
 * incremental exact engine and the coarse-to-fine approximation (on the incremental engine); their time per map,
 * ratios, the incremental engine's exactness, the approximation's SSIM and Spearman correlation with the exact
 * map, peak heap and resident memory, the FLOP model's speed-up limit and how much of it is reached, and the time
 * for a page of N maps in the default mode (incremental exact, results reused in turn). {@code --out} writes the
 * overlays as PNG.
 * The last line is machine-readable: {@code BENCH saliency key=value …}.
 */
public final class SaliencyBenchmark {

    private static final int DEFAULT_PAGE = 20;

    private SaliencyBenchmark() {}

    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        int page = DEFAULT_PAGE;
        double threshold = SaliencyExplainer.DEFAULT_REFINE_THRESHOLD;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--page" -> page = Integer.parseInt(args[++i]);
                case "--threshold" -> threshold = Double.parseDouble(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> files.addAll(imageFiles(Path.of(args[i])));
            }
        }
        if (files.isEmpty()) {
            files.addAll(imageFiles(Path.of(System.getProperty("xcbir.photo.cache",
                    System.getProperty("user.home") + "/.cache/xcbir/photos"), "photos")));
        }
        if (files.size() < 2) {
            System.err.println("usage: SaliencyBenchmark QUERY RESULT… | DIR  [--page N] [--threshold T] [--out DIR]");
            System.exit(2);
        }
        ImageDecoder decoder = new ImageDecoder();
        BufferedImage queryImage = decoder.decode(files.get(0));
        List<BufferedImage> results = new ArrayList<>();
        for (Path file : files.subList(1, files.size())) {
            results.add(decoder.decode(file));
        }
        CocoSsdModelStore store = CocoSsdModelStore.inCache(Path.of(System.getProperty("xcbir.model.cache",
                System.getProperty("user.home") + "/.cache/xcbir/model")));
        SaliencySettings settings = SaliencySettings.defaults();

        try (MobileNetV2Embedder embedder = MobileNetV2Embedder.load(store);
                IncrementalMobileNetEngine fast = IncrementalMobileNetEngine.load(store)) {
            SaliencyExplainer reference = new SaliencyExplainer(new EmbedderOcclusionEngine(embedder, fast.inputSize()), settings);
            SaliencyExplainer incremental = new SaliencyExplainer(fast, settings);
            float[] query = embedder.embed(List.of(queryImage)).get(0);
            MaskGrid grid = settings.grid(fast.inputSize());

            // warm-up: both engines' first batch pays for allocation and kernel selection
            incremental.explainCoarseToFine(query, results.get(0), threshold);
            embedder.embed(List.of(queryImage, queryImage));
            resetPeakHeap();

            double referenceSeconds = 0;
            double exactSeconds = 0;
            double approximateSeconds = 0;
            double worstRelativeDifference = 0;
            double ssimSum = 0;
            double spearmanSum = 0;
            double ssimMin = 1;
            int approximateWindows = 0;
            for (int r = 0; r < results.size(); r++) {
                BufferedImage result = results.get(r);
                long start = System.nanoTime();
                SaliencyMap expected = reference.explain(query, result);
                double referenceTime = seconds(start);
                start = System.nanoTime();
                SaliencyMap exact = incremental.explain(query, result);
                double exactTime = seconds(start);
                start = System.nanoTime();
                SaliencyExplainer.Approximation approximation = incremental.explainCoarseToFine(query, result, threshold);
                double approximateTime = seconds(start);
                referenceSeconds += referenceTime;
                exactSeconds += exactTime;
                approximateSeconds += approximateTime;

                double relative = expected.max() > 0 ? expected.maxAbsDifference(exact) / expected.max() : 0;
                worstRelativeDifference = Math.max(worstRelativeDifference, relative);
                double ssim = Ssim.between(exact, approximation.map());
                double spearman = RankCorrelation.spearman(exact, approximation.map());
                ssimSum += ssim;
                ssimMin = Math.min(ssimMin, ssim);
                spearmanSum += spearman;
                approximateWindows += approximation.evaluatedWindows();
                System.out.printf("%s: reference %.2f s, exact %.2f s (|Δ|/max %.1e), coarse-to-fine %.2f s"
                                + " (%d/%d windows, SSIM %.3f, Spearman %.3f); map max %.4f%n",
                        files.get(r + 1).getFileName(), referenceTime, exactTime, relative, approximateTime,
                        approximation.evaluatedWindows(), grid.count(), ssim, spearman, expected.max());
                if (out != null) {
                    writeOverlays(out, files.get(r + 1), result, exact, approximation.map());
                }
            }
            int n = results.size();
            double perReference = referenceSeconds / n;
            double perExact = exactSeconds / n;
            double perApproximate = approximateSeconds / n;

            long start = System.nanoTime();
            for (int i = 0; i < page; i++) {
                incremental.explain(query, results.get(i % n));
            }
            double pageSeconds = seconds(start);
            double peakHeapMb = peakHeapBytes() / 1e6;
            double peakRssMb = peakResidentBytes() / 1e6;

            FlopModel flops = FlopModel.mobileNetV2(grid);
            double speedUp = perReference / perExact;
            System.out.printf("%d results, %d masks (b=%d, s=%d, fill %s, %s), batch %d%n", n, grid.count(),
                    settings.block(), settings.stride(), settings.fill(), settings.distance(), settings.batchSize());
            System.out.printf("time per map: reference %.2f s, incremental exact %.2f s, coarse-to-fine %.2f s"
                    + " (threshold %.2f, %.1f windows)%n", perReference, perExact, perApproximate, threshold,
                    (double) approximateWindows / n);
            System.out.printf("speed-up: exact %.2fx, approximate %.2fx; FLOP limit %.2fx (%.2f vs %.2f GFLOP per map),"
                            + " reached %.0f%%%n", speedUp, perReference / perApproximate, flops.speedUpLimit(),
                    flops.referenceFlops() / 1e9, flops.incrementalFlops() / 1e9, 100 * speedUp / flops.speedUpLimit());
            System.out.printf("page of %d maps (incremental exact): %.1f s; peak heap %.0f MB, peak resident (heap +"
                    + " native tensors) %.0f MB%n", page, pageSeconds, peakHeapMb, peakRssMb);
            System.out.printf("BENCH saliency results=%d masks=%d block=%d stride=%d batch=%d reference_s=%.3f exact_s=%.3f"
                            + " approx_s=%.3f ratio_exact=%.2f ratio_approx=%.2f exact_max_rel_diff=%.2e"
                            + " approx_ssim=%.4f approx_ssim_min=%.4f approx_spearman=%.4f approx_windows=%.1f"
                            + " threshold=%.2f flop_limit=%.2f flop_fraction=%.3f page%d_s=%.1f peak_heap_mb=%.0f"
                            + " peak_rss_mb=%.0f cores=%d %s%n",
                    n, grid.count(), settings.block(), settings.stride(), settings.batchSize(), perReference, perExact,
                    perApproximate, speedUp, perReference / perApproximate, worstRelativeDifference, ssimSum / n,
                    ssimMin, spearmanSum / n, (double) approximateWindows / n, threshold, flops.speedUpLimit(),
                    speedUp / flops.speedUpLimit(), page, pageSeconds, peakHeapMb, peakRssMb,
                    Runtime.getRuntime().availableProcessors(),
                    InferenceEnvironment.benchFields(System.getenv()));
        }
    }

    private static void writeOverlays(Path out, Path file, BufferedImage image, SaliencyMap exact, SaliencyMap approximate)
            throws IOException {
        Files.createDirectories(out);
        String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Files.write(out.resolve(name + "-exact.png"), SaliencyOverlay.defaults().png(exact, image));
        Files.write(out.resolve(name + "-coarse-to-fine.png"), SaliencyOverlay.defaults().png(approximate, image));
    }

    private static List<Path> imageFiles(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> listing = Files.list(path)) {
            return listing.filter(p -> p.toString().matches("(?i).*\\.(jpe?g|png|webp|gif|bmp)$")).sorted().toList();
        }
    }

    private static void resetPeakHeap() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The process's peak resident set (Linux VmHWM); -1 elsewhere. */
    private static long peakResidentBytes() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith("VmHWM:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024).orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
