package org.xcbir.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class StudyDesignTest {

    private static final List<QueryImage> POOL = StudyArbitraries.pool(List.of(3, 3, 2));

    @Test
    void defaultsAreThePapers() {
        StudyDesign design = StudyDesign.builder("coco-2017", POOL).build();

        assertEquals(12, design.targetCount());
        assertEquals(3, design.minimumServingsPerPair());
        assertEquals(Optional.empty(), design.timeLimitPerTask());
        assertEquals(PaperStatements.all(), design.statements());
        assertEquals(POOL.size(), design.taskPairs().size());
    }

    @Test
    void paperStatementsArePlacedAfterTheWithXaiTaskOrInTheFinalQuestionnaire() {
        StudyDesign design = StudyDesign.builder("coco-2017", POOL).build();

        assertEquals(List.of("Saliency map helped me understand how the system \"thinks.\"",
                        "Saliency maps made the system easier to use.",
                        "Overall, I feel saliency maps helped me give better feedback."),
                design.statementsFor(QuestionnairePlacement.AFTER_WITH_XAI_TASK).stream().map(LikertStatement::text).toList());
        assertEquals(List.of(), design.statementsFor(QuestionnairePlacement.AFTER_NO_XAI_TASK));
        assertEquals(List.of(PaperStatements.PREFER_WITH_SALIENCY_MAPS, PaperStatements.PREFER_WITHOUT_SALIENCY_MAPS,
                PaperStatements.UNDERSTOOD_QUESTIONS), design.statementsFor(QuestionnairePlacement.FINAL));
        assertEquals("If given the option to redo the task, I would prefer to do it with saliency maps rather than"
                + " without saliency maps.", PaperStatements.PREFER_WITH_SALIENCY_MAPS.text());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<QueryImage> duplicated = List.of(new QueryImage("a", "x"), new QueryImage("a", "y"), new QueryImage("b", "y"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StudyDesign.builder(" ", duplicated).targetCount(0).minimumServingsPerPair(0)
                        .timeLimitPerTask(Duration.ofMinutes(50)).build());

        String message = error.getMessage();
        assertTrue(message.contains("archive id is missing"), message);
        assertTrue(message.contains("image a is in the query pool twice"), message);
        assertTrue(message.contains("target count must be at least 1"), message);
        assertTrue(message.contains("minimum servings per pair must be at least 1"), message);
        assertTrue(message.contains("abandon timeout PT1H30M would expire participants"), message);
    }

    @Test
    void duplicateStatementIdsAreRejected() {
        LikertStatement a = new LikertStatement("same", "A", QuestionnairePlacement.FINAL);
        LikertStatement b = new LikertStatement("same", "B", QuestionnairePlacement.AFTER_NO_XAI_TASK);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StudyDesign.builder("coco", POOL).statements(List.of(a, b)).build());
        assertTrue(error.getMessage().contains("statement id 'same' is used twice"), error.getMessage());
    }

    @Test
    void aCustomDesignKeepsItsParameters() {
        StudyDesign design = StudyDesign.builder("coco", POOL).targetCount(5).minimumServingsPerPair(2)
                .timeLimitPerTask(Duration.ofMinutes(15)).abandonAfter(Duration.ofHours(1)).seed(9).build();

        assertEquals(5, design.targetCount());
        assertEquals(2, design.minimumServingsPerPair());
        assertEquals(Optional.of(Duration.ofMinutes(15)), design.timeLimitPerTask());
        assertEquals(Duration.ofHours(1), design.abandonAfter());
        assertEquals(TaskPairGenerator.generate(POOL, 9), design.taskPairs());
    }
}
