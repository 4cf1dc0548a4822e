package org.xcbir.study.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xcbir.study.LikertLevel;
import org.xcbir.study.LikertStatement;
import org.xcbir.study.PaperStatements;
import org.xcbir.study.QuestionnairePlacement;

class SimulatedQuestionnaireTest {

    private static final LikertStatement AFTER_NO_XAI = new LikertStatement("no-xai-easy", "The task was easy.",
            QuestionnairePlacement.AFTER_NO_XAI_TASK);
    private static final LikertStatement ABOUT_MAPS = new LikertStatement("maps-clear", "The maps were clear.",
            QuestionnairePlacement.AFTER_WITH_XAI_TASK);

    private final SimulatedQuestionnaire questionnaire = SimulatedQuestionnaire.defaults();

    @Test
    void answersEveryStatementInOrderOnTheScale() {
        List<LikertStatement> statements = new ArrayList<>(PaperStatements.all());
        statements.add(AFTER_NO_XAI);
        statements.add(ABOUT_MAPS);
        for (TaskComparison comparison : TaskComparison.values()) {
            for (long seed = 0; seed < 200; seed++) {
                Map<String, LikertLevel> answers = questionnaire.answer(statements, comparison, new SplittableRandom(seed));
                assertEquals(statements.stream().map(LikertStatement::id).toList(), List.copyOf(answers.keySet()));
                answers.values().forEach(level -> assertTrue(LikertLevel.isValidScore(level.score())));
            }
        }
    }

    @Test
    void extremeTendenciesAreClampedToTheScale() {
        SimulatedQuestionnaire extreme = new SimulatedQuestionnaire(Map.of(
                AFTER_NO_XAI.id(), new LikertTendency(6, 10), ABOUT_MAPS.id(), new LikertTendency(1, 10)));
        SplittableRandom random = new SplittableRandom(3);
        boolean[] seen = new boolean[7];
        for (int i = 0; i < 2000; i++) {
            extreme.answer(List.of(AFTER_NO_XAI, ABOUT_MAPS), TaskComparison.NO_DIFFERENCE, random)
                    .values().forEach(level -> seen[level.score()] = true);
        }
        assertTrue(seen[1] && seen[6], "both ends of the scale are reached");
    }

    @Test
    void theSameSeedGivesTheSameAnswers() {
        Map<String, LikertLevel> first = questionnaire.answer(PaperStatements.all(), TaskComparison.WITH_XAI_BETTER,
                new SplittableRandom(9));
        Map<String, LikertLevel> again = questionnaire.answer(PaperStatements.all(), TaskComparison.WITH_XAI_BETTER,
                new SplittableRandom(9));
        assertEquals(first, again);
        List<Map<String, LikertLevel>> others = new ArrayList<>();
        for (long seed = 10; seed < 15; seed++) {
            others.add(questionnaire.answer(PaperStatements.all(), TaskComparison.WITH_XAI_BETTER,
                    new SplittableRandom(seed)));
        }
        assertTrue(others.stream().anyMatch(other -> !other.equals(first)), "other seeds, other answers");
    }

    @Test
    void mapStatementsLeanWithHowTheWithXaiTaskWent() {
        for (LikertStatement proMaps : List.of(PaperStatements.UNDERSTAND_HOW_SYSTEM_THINKS, PaperStatements.EASIER_TO_USE,
                PaperStatements.BETTER_FEEDBACK, PaperStatements.PREFER_WITH_SALIENCY_MAPS, ABOUT_MAPS)) {
            double better = meanScore(proMaps, TaskComparison.WITH_XAI_BETTER);
            double even = meanScore(proMaps, TaskComparison.NO_DIFFERENCE);
            double worse = meanScore(proMaps, TaskComparison.WITH_XAI_WORSE);
            assertTrue(better > 4 && even > 3 && even < 4 && worse < 3,
                    proMaps.id() + ": " + better + " / " + even + " / " + worse);
        }
        assertTrue(meanScore(PaperStatements.PREFER_WITHOUT_SALIENCY_MAPS, TaskComparison.WITH_XAI_BETTER) < 3);
        assertTrue(meanScore(PaperStatements.PREFER_WITHOUT_SALIENCY_MAPS, TaskComparison.WITH_XAI_WORSE) > 4);
    }

    @Test
    void otherStatementsDoNotDependOnTheTasks() {
        assertEquals(questionnaire.tendency(AFTER_NO_XAI, TaskComparison.WITH_XAI_BETTER),
                questionnaire.tendency(AFTER_NO_XAI, TaskComparison.WITH_XAI_WORSE));
        assertTrue(meanScore(PaperStatements.UNDERSTOOD_QUESTIONS, TaskComparison.WITH_XAI_WORSE) > 4.5,
                "participants understood the questions (§5.3)");
    }

    @Test
    void aFixedTendencyOverridesTheRule() {
        SimulatedQuestionnaire fixed = new SimulatedQuestionnaire(
                Map.of(PaperStatements.EASIER_TO_USE.id(), new LikertTendency(2, 0)));
        for (long seed = 0; seed < 50; seed++) {
            assertEquals(LikertLevel.DISAGREE, fixed.answer(List.of(PaperStatements.EASIER_TO_USE),
                    TaskComparison.WITH_XAI_BETTER, new SplittableRandom(seed)).get(PaperStatements.EASIER_TO_USE.id()));
        }
    }

    @Test
    void rejectsTendenciesOffTheScale() {
        assertThrows(IllegalArgumentException.class, () -> new LikertTendency(0.5, 1));
        assertThrows(IllegalArgumentException.class, () -> new LikertTendency(6.5, 1));
        assertThrows(IllegalArgumentException.class, () -> new LikertTendency(3, -1));
        assertThrows(IllegalArgumentException.class, () -> new LikertTendency(3, Double.POSITIVE_INFINITY));
    }

    @Test
    void comparesTasksByTargetThenPagesThenFound() {
        SearchOutcome reachedIn3 = outcome(SearchOutcome.Ending.TARGET_REACHED, 3, 12);
        SearchOutcome reachedIn5 = outcome(SearchOutcome.Ending.TARGET_REACHED, 5, 12);
        SearchOutcome gaveUpWith8 = outcome(SearchOutcome.Ending.PAGE_LIMIT, 25, 8);
        SearchOutcome gaveUpWith4 = outcome(SearchOutcome.Ending.RANKING_EXHAUSTED, 10, 4);

        assertEquals(TaskComparison.WITH_XAI_BETTER, TaskComparison.of(reachedIn5, reachedIn3));
        assertEquals(TaskComparison.WITH_XAI_WORSE, TaskComparison.of(reachedIn3, reachedIn5));
        assertEquals(TaskComparison.NO_DIFFERENCE, TaskComparison.of(reachedIn3, reachedIn3));
        assertEquals(TaskComparison.WITH_XAI_BETTER, TaskComparison.of(gaveUpWith8, reachedIn5), "reaching beats pages");
        assertEquals(TaskComparison.WITH_XAI_WORSE, TaskComparison.of(reachedIn5, gaveUpWith8));
        assertEquals(TaskComparison.WITH_XAI_BETTER, TaskComparison.of(gaveUpWith4, gaveUpWith8), "more found");
        assertNotEquals(TaskComparison.NO_DIFFERENCE, TaskComparison.of(gaveUpWith8, gaveUpWith4));
    }

    private double meanScore(LikertStatement statement, TaskComparison comparison) {
        SplittableRandom random = new SplittableRandom(statement.id().hashCode());
        int sum = 0;
        for (int participant = 0; participant < 2000; participant++) {
            sum += questionnaire.answer(List.of(statement), comparison, random).get(statement.id()).score();
        }
        return sum / 2000.0;
    }

    private static SearchOutcome outcome(SearchOutcome.Ending ending, int pages, int found) {
        return new SearchOutcome(ending, pages, List.of(), 0, 0, 0, found);
    }
}
