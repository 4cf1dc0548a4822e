package org.xcbir.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudyAnalysisTest {

    private static final StudyOptions OPTIONS =
            new StudyOptions(false, new PermutationSettings(500, 9, 100, false, 0.1));

    @Test
    void simulatedParticipantsAndTheirAnswersAreLeftOutByDefault() {
        List<TaskResult> tasks = new ArrayList<>(TestData.handComputed());
        tasks.add(new TaskResult("bot", true, "i", "a", Condition.WITH_XAI, 99, 0, 1, 0, 1));
        List<LikertAnswer> answers = List.of(new LikertAnswer("bot", QuestionnaireContext.FINAL, "s", 6),
                new LikertAnswer("p0", QuestionnaireContext.FINAL, "s", 1));

        StudyReport report = StudyAnalysis.analyse(tasks, TestData.fourClasses(), answers, OPTIONS);

        assertEquals(10, report.tasksAnalysed());
        assertEquals(1, report.simulatedTasksExcluded());
        assertEquals(1.2, report.classes().get(0).xaiRatio(), 1e-12);
        assertEquals(1, report.questionnaire().get(0).responses());

        StudyReport withBots = StudyAnalysis.analyse(tasks, TestData.fourClasses(), answers,
                new StudyOptions(true, OPTIONS.permutation()));
        assertEquals(11, withBots.tasksAnalysed());
        assertEquals(2, withBots.questionnaire().get(0).responses());
    }

    @Test
    void onlyQueriedClassesAreRankedForTheSplit() {
        // A non-queried class with huge values must not push the queried ones into the lower halves.
        List<ClassArchiveStats> classes = new ArrayList<>(TestData.fourClasses());
        classes.add(new ClassArchiveStats("giraffe", 100, 1000));
        classes.add(new ClassArchiveStats("zebra", 99, 999));

        StudyReport report = StudyAnalysis.analyse(TestData.handComputed(), classes, List.of(), OPTIONS);

        assertEquals(Superclass.CL, report.superclasses().superclassByClass().get("a"));
        assertEquals(4, report.superclasses().superclassByClass().size());
        Figure4Point a = report.superclasses().figure4().get(0);
        assertEquals(new Figure4Point("a", 1.2, 5, 100, Superclass.CL), a);
    }

    @Test
    void withoutClassStatisticsOnlyPerClassTablesAreMade() {
        StudyReport report = StudyAnalysis.analyse(TestData.handComputed(), List.of(), List.of(), OPTIONS);

        assertNull(report.superclasses());
        assertEquals(4, report.classes().size());
    }

    @Test
    void aQueryClassWithoutArchiveStatisticsIsAnError() {
        List<ClassArchiveStats> missingD = TestData.fourClasses().subList(0, 3);

        assertThrows(IllegalArgumentException.class,
                () -> StudyAnalysis.analyse(TestData.handComputed(), missingD, List.of(), OPTIONS));
    }
}
