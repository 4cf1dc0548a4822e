package org.xcbir.archive.demo;

import org.xcbir.archive.ArchiveStatistics;
import org.xcbir.archive.ArchiveStatisticsCollector;
import org.xcbir.archive.ClassStatistics;
import org.xcbir.archive.CocoInstancesReader;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generates a demo archive from the command line and prints its per-class statistics:
 * <pre>
 * DemoArchiveCli --out DIR --images N --seed S [--backgrounds DIR] [--renders DIR]
 *                [--objects-mean X] [--objects-max N] [--size-scale X] [--size-spread X]
 * </pre>
 * {@code --renders} defaults to the cache that {@code bin/fetch-emoji.sh} fills
 * ({@code ~/.cache/xcbir/fluent-emoji-3d-1.1.0/assets}).
 */
public final class DemoArchiveCli {

    private static final String USAGE = "usage: DemoArchiveCli --out DIR --images N --seed S [--backgrounds DIR]"
            + " [--renders DIR] [--objects-mean X] [--objects-max N] [--size-scale X] [--size-spread X]";

    private DemoArchiveCli() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        if (options == null || !options.keySet().containsAll(List.of("out", "images", "seed"))) {
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        DemoArchiveSettings settings = DemoArchiveSettings.fromOptions(options);
        Path renders = Path.of(options.getOrDefault("renders",
                System.getProperty("user.home") + "/.cache/xcbir/fluent-emoji-3d-1.1.0/assets"));
        DemoArchiveGenerator generator = new DemoArchiveGenerator(settings, CocoEmojiMapping.load(),
                new ObjectSpriteLibrary(renders));

        PrintStream out = System.out;
        int reportEvery = Math.max(1, Math.min(500, settings.imageCount() / 20));
        long start = System.nanoTime();
        Path instances = new DemoArchiveWriter(generator).write(Path.of(options.get("out")), (done, total) -> {
            if (done % reportEvery == 0 || done == total) {
                out.printf("images %d/%d%n", done, total);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "wrote %s in %.1f s (%.1f images/s)%n", instances, seconds,
                settings.imageCount() / seconds);

        ArchiveStatisticsCollector collector = new ArchiveStatisticsCollector();
        new CocoInstancesReader().read(instances, collector);
        printStatistics(collector.statistics(), out);
    }

    /** @return option name (without dashes) to value, or null when the arguments are malformed */
    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                return null;
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static void printStatistics(ArchiveStatistics statistics, PrintStream out) {
        out.printf("%d images, %d annotations%n", statistics.imageCount(), statistics.annotationCount());
        out.printf("%-15s %7s %9s %9s %11s%n", "class", "images", "instances", "confuser", "mean area");
        statistics.occurringClasses().stream()
                .sorted(Comparator.comparingDouble(ClassStatistics::confuser).reversed())
                .forEach(c -> out.printf(Locale.ROOT, "%-15s %7d %9d %9.2f %11.0f%n", c.category().name(),
                        c.imageCount(), c.instanceCount(), c.confuser(), c.meanArea()));
        out.printf(Locale.ROOT, "%d classes occur; confuser spread %.2f classes; area max/min %.1f%n",
                statistics.occurringClasses().size(), statistics.confuserSpread(), statistics.areaRatio());
    }
}
