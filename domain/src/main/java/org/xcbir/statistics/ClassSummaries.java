package org.xcbir.statistics;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.statistics.descriptive.Mean;

/** Builds one {@link ClassSummary} per query class (sorted by class name). */
public final class ClassSummaries {

    private ClassSummaries() {
    }

    public static List<ClassSummary> of(Collection<TaskResult> tasks) {
        Map<String, List<TaskResult>> byClass = tasks.stream()
                .collect(Collectors.groupingBy(TaskResult::queryClass, TreeMap::new, Collectors.toList()));
        return byClass.entrySet().stream()
                .map(entry -> summarise(entry.getKey(), entry.getValue()))
                .toList();
    }

    private static ClassSummary summarise(String className, List<TaskResult> tasks) {
        Map<Metric, ConditionPair> means = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            means.put(metric, new ConditionPair(
                    mean(tasks, Condition.WITH_XAI, metric), mean(tasks, Condition.NO_XAI, metric)));
        }
        return new ClassSummary(className,
                new ConditionPair(count(tasks, Condition.WITH_XAI), count(tasks, Condition.NO_XAI)), means);
    }

    private static double mean(List<TaskResult> tasks, Condition condition, Metric metric) {
        double[] values = tasks.stream()
                .filter(task -> task.condition() == condition)
                .mapToDouble(metric::valueOf)
                .toArray();
        return Mean.of(values).getAsDouble();
    }

    private static long count(List<TaskResult> tasks, Condition condition) {
        return tasks.stream().filter(task -> task.condition() == condition).count();
    }
}
