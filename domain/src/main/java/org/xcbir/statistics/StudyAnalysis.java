package org.xcbir.statistics;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Computes a {@link StudyReport} from the raw study records. */
public final class StudyAnalysis {

    private StudyAnalysis() {
    }

    /**
     * @param classStats archive statistics; may hold more classes than were queried (e.g. all archive
     *                   classes): only the query classes are ranked, as the paper ranks its 24 query
     *                   classes. Empty means "no superclass statistics".
     * @throws IllegalArgumentException if classStats is not empty but lacks a query class
     */
    public static StudyReport analyse(List<TaskResult> allTasks, Collection<ClassArchiveStats> classStats,
                                      Collection<LikertAnswer> allAnswers, StudyOptions options) {
        List<TaskResult> tasks = allTasks.stream()
                .filter(task -> options.includeSimulated() || !task.simulated())
                .toList();
        Set<String> simulatedParticipants = allTasks.stream()
                .filter(TaskResult::simulated)
                .map(TaskResult::participantId)
                .collect(Collectors.toSet());
        List<LikertAnswer> answers = allAnswers.stream()
                .filter(answer -> options.includeSimulated() || !simulatedParticipants.contains(answer.participantId()))
                .toList();
        List<ClassSummary> classes = ClassSummaries.of(tasks);
        SuperclassAnalysis superclasses = classStats.isEmpty() ? null
                : analyseSuperclasses(tasks, answers, classes, classStats, options.permutation());
        return new StudyReport(tasks.size(), allTasks.size() - tasks.size(), options, classes, superclasses,
                LikertSummaries.of(answers));
    }

    private static SuperclassAnalysis analyseSuperclasses(List<TaskResult> tasks, List<LikertAnswer> answers,
                                                          List<ClassSummary> classes,
                                                          Collection<ClassArchiveStats> classStats,
                                                          PermutationSettings permutation) {
        Map<String, ClassArchiveStats> statsByClass = classStats.stream()
                .collect(Collectors.toMap(ClassArchiveStats::className, Function.identity()));
        List<ClassArchiveStats> queried = classes.stream()
                .map(summary -> {
                    ClassArchiveStats stats = statsByClass.get(summary.className());
                    if (stats == null) {
                        throw new IllegalArgumentException("no archive statistics for query class " + summary.className());
                    }
                    return stats;
                })
                .toList();
        SuperclassSplit split = SuperclassSplit.of(queried);
        List<Figure4Point> figure4 = classes.stream()
                .map(summary -> {
                    ClassArchiveStats stats = statsByClass.get(summary.className());
                    return new Figure4Point(summary.className(), summary.xaiRatio(), stats.confuser(), stats.area(),
                            split.superclassOf(summary.className()));
                })
                .toList();
        return new SuperclassAnalysis(split.superclassByClass(), split.boundaryTies(),
                QueryDistribution.of(tasks, split), NormalisedRatioTable.of(tasks, split),
                new StratifiedPermutationTest(permutation).run(tasks, split), figure4,
                LikertSummaries.byTaskSuperclass(answers, tasks, split));
    }
}
