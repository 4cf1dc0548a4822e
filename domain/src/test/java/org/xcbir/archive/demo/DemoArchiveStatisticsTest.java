package org.xcbir.archive.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xcbir.archive.ArchiveStatistics;
import org.xcbir.archive.ArchiveStatisticsCollector;
import org.xcbir.archive.ClassStatistics;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The study analysis splits classes into Cluttered/Uncluttered by Confuser and Large/Small by
 * Area, so a demo archive is only useful if those statistics vary widely between classes, and
 * vary the way the mapping's clutter affinity and typical size say.
 */
class DemoArchiveStatisticsTest {

    private static final int IMAGES = 400;
    private static final int MIN_IMAGES_PER_CLASS = 5;

    private static ArchiveStatistics statistics;
    private static Map<String, DemoObjectClass> classes;

    @BeforeAll
    static void generateArchive() {
        // Smaller pictures keep the test quick; the statistics are about relative sizes and context.
        DemoArchiveSettings settings = DemoArchiveSettings.defaults(IMAGES, 2024).withImageSize(320, 240);
        DemoArchiveGenerator generator = EmojiRenders.generator(settings);
        ArchiveStatisticsCollector collector = new ArchiveStatisticsCollector();
        generator.categories().forEach(collector::category);
        generator.renderRange(0, IMAGES, scene -> {
            collector.image(scene.image());
            scene.annotations().forEach(collector::annotation);
        });
        statistics = collector.statistics();
        classes = CocoEmojiMapping.load().stream()
                .collect(Collectors.toMap(c -> c.category().name(), Function.identity()));
    }

    @Test
    void confuserAndAreaSpreadWidelyAcrossClasses() {
        assertTrue(statistics.occurringClasses().size() >= 55, "most drawable classes occur");
        assertTrue(statistics.confuserSpread() >= 2, "confuser spread " + statistics.confuserSpread());
        assertTrue(statistics.areaRatio() >= 3, "area ratio " + statistics.areaRatio());
    }

    @Test
    void clutterAffinityDrivesConfuser() {
        double correlation = rankCorrelation(DemoObjectClass::clutterAffinity, ClassStatistics::confuser);
        assertTrue(correlation > 0.6, "rank correlation affinity/confuser " + correlation);
    }

    @Test
    void typicalSizeDrivesArea() {
        double correlation = rankCorrelation(DemoObjectClass::typicalSize, ClassStatistics::meanArea);
        assertTrue(correlation > 0.8, "rank correlation typical size/area " + correlation);
    }

    /** Spearman's rank correlation over the classes seen in enough images to have stable statistics. */
    private static double rankCorrelation(ToDoubleFunction<DemoObjectClass> designed,
                                          ToDoubleFunction<ClassStatistics> measured) {
        List<ClassStatistics> seen = statistics.occurringClasses().stream()
                .filter(c -> c.imageCount() >= MIN_IMAGES_PER_CLASS).toList();
        assertTrue(seen.size() >= 40, "enough classes seen often: " + seen.size());
        double[] designedRanks = ranks(seen, c -> designed.applyAsDouble(classes.get(c.category().name())));
        double[] measuredRanks = ranks(seen, measured);
        double meanRank = (seen.size() - 1) / 2.0;
        double covariance = 0;
        double designedVariance = 0;
        double measuredVariance = 0;
        for (int i = 0; i < seen.size(); i++) {
            covariance += (designedRanks[i] - meanRank) * (measuredRanks[i] - meanRank);
            designedVariance += Math.pow(designedRanks[i] - meanRank, 2);
            measuredVariance += Math.pow(measuredRanks[i] - meanRank, 2);
        }
        return covariance / Math.sqrt(designedVariance * measuredVariance);
    }

    /** Ranks 0..n-1, ties sharing their mean rank. */
    private static double[] ranks(List<ClassStatistics> items, ToDoubleFunction<ClassStatistics> value) {
        List<Integer> order = IntStream.range(0, items.size()).boxed()
                .sorted(Comparator.comparingDouble(i -> value.applyAsDouble(items.get(i)))).toList();
        double[] ranks = new double[items.size()];
        for (int start = 0; start < order.size(); ) {
            int end = start;
            double tied = value.applyAsDouble(items.get(order.get(start)));
            while (end + 1 < order.size() && value.applyAsDouble(items.get(order.get(end + 1))) == tied) {
                end++;
            }
            for (int k = start; k <= end; k++) {
                ranks[order.get(k)] = (start + end) / 2.0;
            }
            start = end + 1;
        }
        return ranks;
    }
}
