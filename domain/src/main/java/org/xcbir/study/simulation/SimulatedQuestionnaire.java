package org.xcbir.study.simulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.xcbir.study.LikertLevel;
import org.xcbir.study.LikertStatement;
import org.xcbir.study.PaperStatements;
import org.xcbir.study.QuestionnairePlacement;

/**
 * Answers questionnaire statements for a simulated participant, each with a draw from its {@link LikertTendency}.
 *
 * <p>The default rule: a participant whose with-XAI task went better leans to agree with what speaks for the maps
 * and to disagree with preferring to work without them; one whose with-XAI task went worse the other way round;
 * otherwise undecided. What speaks for the maps is every statement asked after the with-XAI task (they are about the
 * maps) and {@link PaperStatements#PREFER_WITH_SALIENCY_MAPS}; {@link PaperStatements#PREFER_WITHOUT_SALIENCY_MAPS}
 * speaks against them. Every other statement (after the no-XAI task, other final ones) is undecided, except
 * {@link PaperStatements#UNDERSTOOD_QUESTIONS}, which participants agree with (§5.3). Statements can be given a
 * fixed tendency that ignores how the tasks went.
 */
public final class SimulatedQuestionnaire {

    public static final LikertTendency LEAN_AGREE = new LikertTendency(4.5, 1);
    public static final LikertTendency UNDECIDED = new LikertTendency(3.5, 1);
    public static final LikertTendency LEAN_DISAGREE = new LikertTendency(2.5, 1);
    public static final LikertTendency AGREE = new LikertTendency(5, 0.7);

    private final Map<String, LikertTendency> fixedTendencies;

    /** @param fixedTendencies statement id → a tendency that replaces the default rule for that statement */
    public SimulatedQuestionnaire(Map<String, LikertTendency> fixedTendencies) {
        this.fixedTendencies = Map.copyOf(fixedTendencies);
    }

    public static SimulatedQuestionnaire defaults() {
        return new SimulatedQuestionnaire(Map.of(PaperStatements.UNDERSTOOD_QUESTIONS.id(), AGREE));
    }

    /**
     * @param comparison how the participant's tasks compare; {@link TaskComparison#NO_DIFFERENCE} for a sub-task
     *                   questionnaire answered before the other task
     * @return statement id → answer, in the statements' order
     */
    public Map<String, LikertLevel> answer(List<LikertStatement> statements, TaskComparison comparison,
            RandomGenerator random) {
        Map<String, LikertLevel> answers = new LinkedHashMap<>();
        for (LikertStatement statement : statements) {
            answers.put(statement.id(), tendency(statement, comparison).draw(random));
        }
        return answers;
    }

    public LikertTendency tendency(LikertStatement statement, TaskComparison comparison) {
        LikertTendency fixed = fixedTendencies.get(statement.id());
        if (fixed != null) {
            return fixed;
        }
        if (statement.id().equals(PaperStatements.PREFER_WITHOUT_SALIENCY_MAPS.id())) {
            return leaning(comparison, LEAN_DISAGREE, LEAN_AGREE);
        }
        if (statement.placement() == QuestionnairePlacement.AFTER_WITH_XAI_TASK
                || statement.id().equals(PaperStatements.PREFER_WITH_SALIENCY_MAPS.id())) {
            return leaning(comparison, LEAN_AGREE, LEAN_DISAGREE);
        }
        return UNDECIDED;
    }

    private static LikertTendency leaning(TaskComparison comparison, LikertTendency whenBetter,
            LikertTendency whenWorse) {
        return switch (comparison) {
            case WITH_XAI_BETTER -> whenBetter;
            case WITH_XAI_WORSE -> whenWorse;
            case NO_DIFFERENCE -> UNDECIDED;
        };
    }
}
