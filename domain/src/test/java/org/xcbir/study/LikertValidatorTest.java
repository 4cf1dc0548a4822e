package org.xcbir.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LikertValidatorTest {

    private static final List<LikertStatement> WITH_XAI = List.of(
            PaperStatements.UNDERSTAND_HOW_SYSTEM_THINKS, PaperStatements.EASIER_TO_USE, PaperStatements.BETTER_FEEDBACK);

    @Test
    void completeAnswersOnTheScaleAreValid() {
        assertEquals(List.of(), LikertValidator.problems(WITH_XAI,
                Map.of("xai-understand-system", 1, "xai-easier-to-use", 6, "xai-better-feedback", 4)));
    }

    @Test
    void aMissingAnswerNamesTheStatementAndTheScale() {
        List<String> problems = LikertValidator.problems(WITH_XAI,
                Map.of("xai-understand-system", 1, "xai-better-feedback", 4));

        assertEquals(List.of("Please choose an answer from 1 (strongly disagree) to 6 (strongly agree) for:"
                + " \"Saliency maps made the system easier to use.\""), problems);
    }

    @Test
    void anOffScaleAnswerIsNamed() {
        List<String> problems = LikertValidator.problems(WITH_XAI,
                Map.of("xai-understand-system", 0, "xai-easier-to-use", 6, "xai-better-feedback", 7));

        assertEquals(2, problems.size());
        assertTrue(problems.get(0).startsWith("The answer 0 for \"Saliency map helped me"), problems.get(0));
        assertTrue(problems.get(1).contains("The answer 7"), problems.get(1));
    }

    @Test
    void aSaliencyMapAnswerAfterTheNoXaiTaskDoesNotBelong() {
        List<String> problems = LikertValidator.problems(List.of(), Map.of("xai-easier-to-use", 5));

        assertEquals(List.of("The answer for 'xai-easier-to-use' does not belong to this questionnaire; reload the"
                + " page and answer only the statements shown"), problems);
    }

    @Property(tries = 200)
    void everyScoreOnTheScaleIsAcceptedAndLabelled(@ForAll @IntRange(min = 1, max = 6) int score) {
        assertEquals(List.of(), LikertValidator.problems(List.of(PaperStatements.UNDERSTOOD_QUESTIONS),
                Map.of("understood-questions", score)));
        assertEquals(score, LikertLevel.ofScore(score).score());
    }

    @Test
    void theScaleHasSixLevelsWithThePapersLabels() {
        assertEquals(6, LikertLevel.values().length);
        assertEquals("strongly disagree", LikertLevel.ofScore(1).label());
        assertEquals("slightly disagree", LikertLevel.ofScore(3).label());
        assertEquals("slightly agree", LikertLevel.ofScore(4).label());
        assertEquals("strongly agree", LikertLevel.ofScore(6).label());
        assertThrows(IllegalArgumentException.class, () -> LikertLevel.ofScore(0));
    }
}
