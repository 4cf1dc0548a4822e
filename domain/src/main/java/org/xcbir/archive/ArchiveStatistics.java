package org.xcbir.archive;

import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** Per-class statistics of a whole archive, one entry per category in category id order. */
public record ArchiveStatistics(int imageCount, int annotationCount, List<ClassStatistics> classes) {

    public ArchiveStatistics {
        classes = List.copyOf(classes);
    }

    public Optional<ClassStatistics> of(String categoryName) {
        return classes.stream().filter(c -> c.category().name().equals(categoryName)).findFirst();
    }

    /** Classes with at least one instance; Confuser and Area only mean something for these. */
    public List<ClassStatistics> occurringClasses() {
        return classes.stream().filter(c -> c.instanceCount() > 0).toList();
    }

    /** Highest minus lowest Confuser over the occurring classes. */
    public double confuserSpread() {
        DoubleSummaryStatistics confusers = summary(ClassStatistics::confuser);
        return confusers.getCount() == 0 ? 0 : confusers.getMax() - confusers.getMin();
    }

    /** Largest mean class area divided by the smallest, over the occurring classes. */
    public double areaRatio() {
        DoubleSummaryStatistics areas = summary(ClassStatistics::meanArea);
        return areas.getCount() == 0 ? 1 : areas.getMax() / areas.getMin();
    }

    private DoubleSummaryStatistics summary(ToDoubleFunction<ClassStatistics> value) {
        return occurringClasses().stream().mapToDouble(value).summaryStatistics();
    }
}
