package org.xcbir.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.Frequency;

/** Summarises Likert answers per (statement, context), sorted by statement then context. */
public final class LikertSummaries {

    /** Lowest level counted as agreement ("slightly agree"). */
    private static final int SLIGHTLY_AGREE = 4;
    /** Lowest level counted as "agree or strongly agree". */
    private static final int AGREE = 5;

    private LikertSummaries() {
    }

    public static List<LikertSummary> of(Collection<LikertAnswer> answers) {
        Map<String, Map<QuestionnaireContext, List<LikertAnswer>>> grouped = answers.stream()
                .collect(Collectors.groupingBy(LikertAnswer::statementId,
                        Collectors.groupingBy(LikertAnswer::context)));
        return grouped.entrySet().stream()
                .flatMap(statement -> statement.getValue().entrySet().stream()
                        .map(context -> summarise(statement.getKey(), context.getKey(), context.getValue())))
                .sorted(Comparator.comparing(LikertSummary::statementId).thenComparing(LikertSummary::context))
                .toList();
    }

    /**
     * Splits each FINAL answer by the participant's tasks: an answer counts once under (condition,
     * superclass of the class searched in that condition) for every task the participant did, so one
     * participant is in the WITH_XAI series of one superclass and the NO_XAI series of another.
     * Sorted by statement, condition, superclass.
     */
    public static List<LikertBreakdown> byTaskSuperclass(Collection<LikertAnswer> answers,
                                                         Collection<TaskResult> tasks, SuperclassSplit split) {
        Map<String, List<TaskResult>> tasksByParticipant = tasks.stream()
                .collect(Collectors.groupingBy(TaskResult::participantId));
        Map<String, Map<Condition, Map<Superclass, List<LikertAnswer>>>> grouped = new TreeMap<>();
        for (LikertAnswer answer : answers) {
            if (answer.context() != QuestionnaireContext.FINAL) {
                continue;
            }
            for (TaskResult task : tasksByParticipant.getOrDefault(answer.participantId(), List.of())) {
                grouped.computeIfAbsent(answer.statementId(), key -> new EnumMap<>(Condition.class))
                        .computeIfAbsent(task.condition(), key -> new EnumMap<>(Superclass.class))
                        .computeIfAbsent(split.superclassOf(task.queryClass()), key -> new ArrayList<>())
                        .add(answer);
            }
        }
        List<LikertBreakdown> breakdowns = new ArrayList<>();
        grouped.forEach((statementId, byCondition) -> byCondition.forEach((condition, bySuperclass) ->
                bySuperclass.forEach((superclass, groupAnswers) -> breakdowns.add(new LikertBreakdown(condition,
                        superclass, summarise(statementId, QuestionnaireContext.FINAL, groupAnswers))))));
        return breakdowns;
    }

    private static LikertSummary summarise(String statementId, QuestionnaireContext context, List<LikertAnswer> answers) {
        Frequency frequency = new Frequency();
        answers.forEach(answer -> frequency.addValue(answer.level()));
        List<Double> fractions = IntStream.rangeClosed(LikertAnswer.MIN_LEVEL, LikertAnswer.MAX_LEVEL)
                .mapToObj(frequency::getPct)
                .toList();
        double meanScore = answers.stream().mapToDouble(answer -> LikertSummary.score(answer.level())).average()
                .orElse(Double.NaN);
        return new LikertSummary(statementId, context, frequency.getSumFreq(), fractions,
                1 - frequency.getCumPct(SLIGHTLY_AGREE - 1), 1 - frequency.getCumPct(AGREE - 1), meanScore);
    }
}
