package org.xcbir.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementTextTest {

    @Test
    void thePapersStatementsSurviveARoundTrip() {
        assertEquals(PaperStatements.all(), StatementText.parse(StatementText.format(PaperStatements.all())));
    }

    @Test
    void readsPlacementIdAndTextIgnoringCommentsBlankLinesAndSpacing() {
        List<LikertStatement> statements = StatementText.parse("""
                # after the no-XAI task
                  after_no_xai_task |  search-was-easy | Searching was easy | even without maps.

                FINAL|understood-questions|I understood the questions.
                """);
        assertEquals(List.of(new LikertStatement("search-was-easy", "Searching was easy | even without maps.",
                        QuestionnairePlacement.AFTER_NO_XAI_TASK),
                new LikertStatement("understood-questions", "I understood the questions.", QuestionnairePlacement.FINAL)),
                statements);
    }

    @Test
    void namesTheLineAndTheProblem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StatementText.parse("FINAL | only-id"))
                .getMessage().contains("line 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StatementText.parse("\nLATER | a | b"))
                .getMessage().contains("line 2: 'LATER' is not"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StatementText.parse("FINAL | a b | text"))
                .getMessage().contains("the id 'a b'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StatementText.parse("# nothing"))
                .getMessage().contains("at least one"));
    }
}
