package org.xcbir.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The stored forms of a study and a participant give back the design, assignment and flow they were made from. */
class StudyRecordsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private static List<StudyQuery> pool() {
        List<StudyQuery> pool = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 2; i++) {
                pool.add(new StudyQuery(1, pool.size(), 100 + pool.size(), "class-" + c));
            }
        }
        return pool;
    }

    private static Study study(Integer timeLimitSeconds) {
        return new Study("s", 4, Study.Enrolment.SELF_REGISTRATION, 5, timeLimitSeconds, 2, 99, "read me", "r", T0);
    }

    @Test
    void aStudyGivesItsDesign() {
        StudyDesign design = study(600).design(pool());
        assertEquals("4", design.archiveId());
        assertEquals(5, design.targetCount());
        assertEquals(2, design.minimumServingsPerPair());
        assertEquals(Optional.of(Duration.ofMinutes(10)), design.timeLimitPerTask());
        assertEquals(6, design.taskPairs().size(), "one pair per query");
        assertEquals(design.taskPairs(), study(600).design(pool()).taskPairs(), "the seed fixes the pairs");
        assertEquals(Optional.empty(), study(null).design(pool()).timeLimitPerTask());
    }

    @Test
    void aParticipantRecordRestoresAssignmentAndFlow() {
        StudyDesign design = study(600).design(pool());
        AssignmentLedger ledger = AssignmentLedger.empty(design);
        Assignment assignment = ledger.assign(new ParticipantId("p1"), T0);
        StudyParticipant record = new StudyParticipant(1, "p1", assignment);
        assertEquals(assignment, record.assignment(design));

        ParticipantFlow flow = ParticipantFlow.restore(design, record.getConditionOrder(), () -> "CODE",
                record.snapshot(List.of()));
        flow.finishTutorial(T0.plusSeconds(60));
        record.follow(flow.snapshot());
        assertEquals(FlowStage.TASK_1, record.getStage());

        ParticipantFlow again = ParticipantFlow.restore(design, record.getConditionOrder(), () -> "CODE",
                record.snapshot(List.of()));
        assertEquals(Optional.of(T0.plusSeconds(660)), again.taskDeadline(1), "the task clock survives storage");
        assertTrue(ledger.assignmentOf(new ParticipantId("p1")).isPresent());
    }

    @Test
    void storedAnswersComeBackPerQuestionnaire() {
        StudyDesign design = study(null).design(pool());
        Assignment assignment = AssignmentLedger.empty(design).assign(new ParticipantId("p2"), T0);
        StudyParticipant record = new StudyParticipant(1, "p2", assignment);
        List<StudyAnswer> answers = List.of(new StudyAnswer(7, FlowStage.QUESTIONNAIRE_1, "a", 2),
                new StudyAnswer(7, FlowStage.QUESTIONNAIRE_1, "b", 6), new StudyAnswer(7, FlowStage.FINAL_QUESTIONNAIRE, "a", 1));
        ParticipantFlow.Snapshot snapshot = record.snapshot(answers);
        assertEquals(Map.of("a", 2, "b", 6), snapshot.answers().get(FlowStage.QUESTIONNAIRE_1));
        assertEquals(Map.of("a", 1), snapshot.answers().get(FlowStage.FINAL_QUESTIONNAIRE));
    }
}
