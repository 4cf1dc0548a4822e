package org.xcbir.statistics;

import java.util.List;

/**
 * All study statistics.
 *
 * @param tasksAnalysed          data points used
 * @param simulatedTasksExcluded tasks of simulated participants left out
 * @param options                how it was computed
 * @param classes                per-class means and XAI ratio
 * @param superclasses           null when no archive statistics were given
 * @param questionnaire          Likert summaries (Figure 5 series)
 */
public record StudyReport(int tasksAnalysed, int simulatedTasksExcluded, StudyOptions options,
                          List<ClassSummary> classes, SuperclassAnalysis superclasses,
                          List<LikertSummary> questionnaire) {
}
