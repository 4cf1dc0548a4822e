package org.xcbir.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LikertSummariesTest {

    @Test
    void distributionAgreementSharesAndMeanScorePerStatementAndContext() {
        List<LikertAnswer> answers = List.of(
                answer("prefer-with-saliency-maps", QuestionnaireContext.FINAL, 1),
                answer("prefer-with-saliency-maps", QuestionnaireContext.FINAL, 4),
                answer("prefer-with-saliency-maps", QuestionnaireContext.FINAL, 4),
                answer("prefer-with-saliency-maps", QuestionnaireContext.FINAL, 5),
                answer("prefer-with-saliency-maps", QuestionnaireContext.FINAL, 6),
                answer("easy", QuestionnaireContext.WITH_XAI, 3),
                answer("easy", QuestionnaireContext.NO_XAI, 6));

        List<LikertSummary> summaries = LikertSummaries.of(answers);

        assertEquals(3, summaries.size());
        LikertSummary prefer = summaries.get(2);
        assertEquals("prefer-with-saliency-maps", prefer.statementId());
        assertEquals(5, prefer.responses());
        assertEquals(List.of(0.2, 0.0, 0.0, 0.4, 0.2, 0.2), prefer.levelFractions());
        assertEquals(0.8, prefer.agreeAtSomeLevel(), 1e-12);
        assertEquals(0.4, prefer.agreeOrStronglyAgree(), 1e-12);
        assertEquals((0 + 0.6 + 0.6 + 0.8 + 1.0) / 5, prefer.meanScore(), 1e-12);

        LikertSummary easyNo = summaries.get(0);
        assertEquals(QuestionnaireContext.NO_XAI, easyNo.context());
        assertEquals(1.0, easyNo.agreeOrStronglyAgree(), 1e-12);
        LikertSummary easyWith = summaries.get(1);
        assertEquals(0.0, easyWith.agreeAtSomeLevel(), 1e-12);
    }

    @Test
    void figure5BarsUseTheZeroToOneScale() {
        List<LikertSummary.LikertBar> bars = LikertSummaries.of(List.of(answer("s", QuestionnaireContext.FINAL, 2)))
                .get(0).bars();

        assertEquals(List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0), bars.stream().map(LikertSummary.LikertBar::score).toList());
        assertEquals(1.0, bars.get(1).fraction());
        assertEquals(0.0, bars.get(0).fraction());
    }

    @Test
    void rejectsLevelsOutsideTheSixPointScale() {
        assertThrows(IllegalArgumentException.class, () -> answer("s", QuestionnaireContext.FINAL, 0));
        assertThrows(IllegalArgumentException.class, () -> answer("s", QuestionnaireContext.FINAL, 7));
    }

    @Test
    void finalAnswersAreSplitBySuperclassSearchedInEachCondition() {
        // p1 searched a (CL) with XAI and d (US) without; p2 searched b (CS) with and a (CL) without.
        List<TaskResult> tasks = List.of(
                new TaskResult("p1", false, "i1", "a", Condition.WITH_XAI, 1, 0, 1, 0, 1),
                new TaskResult("p1", false, "i2", "d", Condition.NO_XAI, 1, 0, 1, 0, 1),
                new TaskResult("p2", false, "i3", "b", Condition.WITH_XAI, 1, 0, 1, 0, 1),
                new TaskResult("p2", false, "i4", "a", Condition.NO_XAI, 1, 0, 1, 0, 1));
        List<LikertAnswer> answers = List.of(
                new LikertAnswer("p1", QuestionnaireContext.FINAL, "prefer-with-saliency-maps", 6),
                new LikertAnswer("p2", QuestionnaireContext.FINAL, "prefer-with-saliency-maps", 2),
                new LikertAnswer("p2", QuestionnaireContext.WITH_XAI, "xai-easier-to-use", 5));

        List<LikertBreakdown> breakdowns = LikertSummaries.byTaskSuperclass(answers, tasks,
                SuperclassSplit.of(TestData.fourClasses()));

        assertEquals(List.of("NO_XAI/CL/2", "NO_XAI/US/6", "WITH_XAI/CL/6", "WITH_XAI/CS/2"), breakdowns.stream()
                .map(b -> b.taskCondition() + "/" + b.superclass() + "/"
                        + (b.summary().levelFractions().indexOf(1.0) + 1))
                .toList());
    }

    @Test
    void paperStatementsHaveStableIdsAndTheReportedShares() {
        assertEquals("prefer-with-saliency-maps", PaperStatement.PREFER_WITH.id());
        assertEquals(PaperStatement.UNDERSTAND_SYSTEM, PaperStatement.byId("xai-understand-system").orElseThrow());
        assertEquals(0.56, PaperStatement.UNDERSTAND_SYSTEM.paperAgreeOrStronglyAgree());
        assertTrue(PaperStatement.byId("made_up").isEmpty());
        assertEquals(QuestionnaireContext.FINAL, PaperStatement.PREFER_WITH.askedIn());
        assertTrue(PaperStatement.PREFER_WITH.text().startsWith("If given the option to redo the task"));
    }

    private static LikertAnswer answer(String statement, QuestionnaireContext context, int level) {
        return new LikertAnswer("p", context, statement, level);
    }
}
