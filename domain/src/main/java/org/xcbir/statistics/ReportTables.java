package org.xcbir.statistics;

import java.util.ArrayList;
import java.util.List;

/** Flattens a {@link StudyReport} into the exported tables (see STATISTICS-CSV.md for each file). */
public final class ReportTables {

    private ReportTables() {
    }

    public static List<ReportTable> of(StudyReport report) {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(summary(report));
        tables.add(perClass(report));
        SuperclassAnalysis superclasses = report.superclasses();
        if (superclasses != null) {
            tables.add(table1(superclasses.table1()));
            tables.add(table2Ratios(superclasses.table2()));
            tables.add(table2Gains(superclasses.table2()));
            tables.add(pValues(superclasses.pValues(), report.options().permutation()));
            tables.add(figure4(superclasses.figure4()));
        }
        tables.add(questionnaire(report.questionnaire()));
        tables.add(figure5(report.questionnaire()));
        if (superclasses != null) {
            tables.add(figure5BySuperclass(superclasses.figure5BySuperclass()));
        }
        return tables;
    }

    private static ReportTable summary(StudyReport report) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("tasks_analysed", report.tasksAnalysed()));
        rows.add(List.of("simulated_tasks_excluded", report.simulatedTasksExcluded()));
        rows.add(List.of("include_simulated", report.options().includeSimulated()));
        if (report.superclasses() != null) {
            report.superclasses().boundaryTies().forEach(tie -> rows.add(List.of("boundary_tie", tie)));
        } else {
            rows.add(List.of("superclass_tables", "skipped: no class statistics"));
        }
        return new ReportTable("summary", List.of("key", "value"), rows);
    }

    private static ReportTable perClass(StudyReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (ClassSummary summary : report.classes()) {
            List<Object> row = new ArrayList<>(List.of(summary.className(),
                    superclassName(report, summary.className()),
                    (long) summary.tasks().withXai(), (long) summary.tasks().noXai()));
            for (Metric metric : Metric.values()) {
                row.add(summary.means().get(metric).withXai());
                row.add(summary.means().get(metric).noXai());
            }
            row.add(summary.xaiRatio());
            rows.add(row);
        }
        return new ReportTable("per-class", List.of("class", "superclass", "tasks_with", "tasks_no",
                "np_with", "np_no", "na_with", "na_no", "t_with", "t_no", "np_ratio"), rows);
    }

    private static String superclassName(StudyReport report, String className) {
        if (report.superclasses() == null) {
            return "";
        }
        return report.superclasses().superclassByClass().get(className).name();
    }

    private static ReportTable table1(QueryDistribution table1) {
        List<List<Object>> rows = new ArrayList<>();
        for (Superclass superclass : Superclass.values()) {
            ConditionPair fractions = table1.fractions(superclass);
            rows.add(List.of(superclass.name(), table1.count(superclass, Condition.WITH_XAI),
                    table1.count(superclass, Condition.NO_XAI), fractions.withXai(), fractions.noXai(),
                    table1.ratio(superclass)));
        }
        return new ReportTable("table1", List.of("superclass", "qd_raw_with", "qd_raw_no", "qd_with", "qd_no", "ratio"),
                rows);
    }

    private static ReportTable table2Ratios(NormalisedRatioTable table2) {
        List<List<Object>> rows = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            for (Superclass superclass : Superclass.values()) {
                rows.add(comparisonRow(metric.name(), superclass.name(), table2.bySuperclass().get(metric).get(superclass)));
            }
        }
        return new ReportTable("table2", comparisonColumns("superclass", "normalised_ratio"), rows);
    }

    private static ReportTable table2Gains(NormalisedRatioTable table2) {
        List<List<Object>> rows = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            for (GainGroup group : GainGroup.values()) {
                GroupComparison comparison = table2.byGainGroup().get(metric).get(group);
                List<Object> row = comparisonRow(metric.name(), group.name(), comparison);
                row.add(comparison.gain());
                rows.add(row);
            }
        }
        List<String> columns = new ArrayList<>(comparisonColumns("group", "normalised_ratio"));
        columns.add("gain");
        return new ReportTable("table2-gains", columns, rows);
    }

    private static List<String> comparisonColumns(String groupColumn, String ratioColumn) {
        return List.of("metric", groupColumn, "tasks_with", "tasks_no", "sum_with", "sum_no",
                "mean_with", "mean_no", ratioColumn);
    }

    private static List<Object> comparisonRow(String metric, String group, GroupComparison comparison) {
        return new ArrayList<>(List.of(metric, group, (long) comparison.tasks().withXai(), (long) comparison.tasks().noXai(),
                comparison.sums().withXai(), comparison.sums().noXai(), comparison.means().withXai(),
                comparison.means().noXai(), comparison.normalisedRatio()));
    }

    private static ReportTable pValues(List<PermutationPValue> pValues, PermutationSettings settings) {
        List<List<Object>> rows = pValues.stream()
                .map(p -> List.<Object>of(p.metric().name(), p.group().name(), p.observedGain(), p.atLeastAsLarge(),
                        p.permutations(), settings.seed(), p.pValue(), p.alpha(), p.significant()))
                .toList();
        return new ReportTable("p-values", List.of("metric", "group", "observed_gain", "at_least_as_large",
                "permutations", "seed", "p_value", "alpha", "significant"), rows);
    }

    private static ReportTable figure4(List<Figure4Point> points) {
        List<List<Object>> rows = points.stream()
                .map(p -> List.<Object>of(p.className(), p.xaiRatio(), p.confuser(), p.area(), p.superclass().name()))
                .toList();
        return new ReportTable("figure4", List.of("class", "xai_ratio", "confuser", "area", "superclass"), rows);
    }

    private static ReportTable questionnaire(List<LikertSummary> summaries) {
        List<List<Object>> rows = new ArrayList<>();
        for (LikertSummary summary : summaries) {
            List<Object> row = new ArrayList<>(List.of(summary.statementId(), summary.context().name(), summary.responses()));
            row.addAll(summary.levelFractions());
            row.addAll(List.of(summary.agreeAtSomeLevel(), summary.agreeOrStronglyAgree(), summary.meanScore()));
            // The paper's shares beside ours; NaN for our own statements and numbers the paper does not give.
            PaperStatement paper = PaperStatement.byId(summary.statementId()).orElse(null);
            row.add(paper == null ? Double.NaN : paper.paperAgreeAtSomeLevel());
            row.add(paper == null ? Double.NaN : paper.paperAgreeOrStronglyAgree());
            rows.add(row);
        }
        return new ReportTable("questionnaire", List.of("statement", "context", "responses", "level_1", "level_2",
                "level_3", "level_4", "level_5", "level_6", "agree_4_to_6", "agree_5_to_6", "mean_score",
                "paper_agree_4_to_6", "paper_agree_5_to_6"), rows);
    }

    private static ReportTable figure5BySuperclass(List<LikertBreakdown> breakdowns) {
        List<List<Object>> rows = new ArrayList<>();
        for (LikertBreakdown breakdown : breakdowns) {
            LikertSummary summary = breakdown.summary();
            List<Object> row = new ArrayList<>(List.of(summary.statementId(), breakdown.taskCondition().name(),
                    breakdown.superclass().name(), summary.responses()));
            row.addAll(summary.levelFractions());
            row.addAll(List.of(summary.agreeAtSomeLevel(), summary.agreeOrStronglyAgree(), summary.meanScore()));
            rows.add(row);
        }
        return new ReportTable("figure5-by-superclass", List.of("statement", "task_condition", "superclass", "responses",
                "level_1", "level_2", "level_3", "level_4", "level_5", "level_6", "agree_4_to_6", "agree_5_to_6",
                "mean_score"), rows);
    }

    private static ReportTable figure5(List<LikertSummary> summaries) {
        List<List<Object>> rows = new ArrayList<>();
        for (LikertSummary summary : summaries) {
            for (LikertSummary.LikertBar bar : summary.bars()) {
                rows.add(List.of(summary.statementId(), summary.context().name(), bar.level(), bar.score(), bar.fraction()));
            }
        }
        return new ReportTable("figure5", List.of("statement", "context", "level", "score", "fraction"), rows);
    }
}
