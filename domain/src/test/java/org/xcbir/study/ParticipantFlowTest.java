package org.xcbir.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ParticipantFlowTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final List<QueryImage> POOL = StudyArbitraries.pool(List.of(2, 2));

    private final StudyDesign design = StudyDesign.builder("coco", POOL).build();
    private final StudyDesign timedDesign = StudyDesign.builder("coco", POOL)
            .timeLimitPerTask(Duration.ofMinutes(10)).build();

    static Map<String, Integer> allAgree(List<LikertStatement> statements) {
        Map<String, Integer> answers = new HashMap<>();
        statements.forEach(s -> answers.put(s.id(), LikertLevel.AGREE.score()));
        return answers;
    }

    private static ParticipantFlow flow(StudyDesign design, ConditionOrder order) {
        return new ParticipantFlow(design, order, () -> "CODE123456");
    }

    @Test
    void walksThroughEveryStageInOrderAndEndsWithACompletionCode() {
        ParticipantFlow flow = flow(design, ConditionOrder.WITH_XAI_FIRST);

        assertEquals(TransitionOutcome.ADVANCED, flow.finishTutorial(T0));
        assertEquals(FlowStage.TASK_1, flow.stage());
        flow.finishTask(1, 12, T0);
        flow.submitQuestionnaire(FlowStage.QUESTIONNAIRE_1, allAgree(flow.statementsOf(FlowStage.QUESTIONNAIRE_1)), T0);
        flow.finishTask(2, 13, T0);
        flow.submitQuestionnaire(FlowStage.QUESTIONNAIRE_2, allAgree(flow.statementsOf(FlowStage.QUESTIONNAIRE_2)), T0);
        assertEquals(Optional.empty(), flow.completionCode());
        flow.submitQuestionnaire(FlowStage.FINAL_QUESTIONNAIRE,
                allAgree(flow.statementsOf(FlowStage.FINAL_QUESTIONNAIRE)), T0);

        assertEquals(FlowStage.DONE, flow.stage());
        assertEquals(Optional.of("CODE123456"), flow.completionCode());
    }

    @Test
    void subTaskQuestionnairesFollowTheConditionOfTheTaskBefore() {
        ParticipantFlow withFirst = flow(design, ConditionOrder.WITH_XAI_FIRST);
        ParticipantFlow noFirst = flow(design, ConditionOrder.NO_XAI_FIRST);

        assertEquals(design.statementsFor(QuestionnairePlacement.AFTER_WITH_XAI_TASK),
                withFirst.statementsOf(FlowStage.QUESTIONNAIRE_1));
        assertEquals(design.statementsFor(QuestionnairePlacement.AFTER_NO_XAI_TASK),
                withFirst.statementsOf(FlowStage.QUESTIONNAIRE_2));
        assertEquals(design.statementsFor(QuestionnairePlacement.AFTER_WITH_XAI_TASK),
                noFirst.statementsOf(FlowStage.QUESTIONNAIRE_2));
        assertEquals(design.statementsFor(QuestionnairePlacement.FINAL),
                noFirst.statementsOf(FlowStage.FINAL_QUESTIONNAIRE));
    }

    @Test
    void skippingAStageIsRejectedAndChangesNothing() {
        ParticipantFlow flow = flow(design, ConditionOrder.NO_XAI_FIRST);

        FlowTransitionRejected error = assertThrows(FlowTransitionRejected.class, () -> flow.finishTask(1, 12, T0));
        assertEquals(List.of("You are at the tutorial; please finish it before the first search task"), error.reasons());
        assertThrows(FlowTransitionRejected.class,
                () -> flow.submitQuestionnaire(FlowStage.FINAL_QUESTIONNAIRE, Map.of(), T0));
        assertEquals(FlowStage.TUTORIAL, flow.stage());
    }

    @Test
    void repeatingATransitionIsIdempotentAndTheFirstSubmissionWins() {
        ParticipantFlow flow = flow(design, ConditionOrder.WITH_XAI_FIRST);
        flow.finishTutorial(T0);
        flow.finishTask(1, 12, T0);
        Map<String, Integer> first = allAgree(flow.statementsOf(FlowStage.QUESTIONNAIRE_1));
        flow.submitQuestionnaire(FlowStage.QUESTIONNAIRE_1, first, T0);

        Map<String, Integer> doubleSubmit = new HashMap<>(first);
        doubleSubmit.replaceAll((id, score) -> 1);
        assertEquals(TransitionOutcome.ALREADY_PAST, flow.submitQuestionnaire(FlowStage.QUESTIONNAIRE_1, doubleSubmit, T0));
        assertEquals(TransitionOutcome.ALREADY_PAST, flow.finishTutorial(T0));
        assertEquals(TransitionOutcome.ALREADY_PAST, flow.finishTask(1, 0, T0));
        assertEquals(FlowStage.TASK_2, flow.stage());
        assertEquals(first, flow.answersOf(FlowStage.QUESTIONNAIRE_1));
    }

    @Test
    void theCompletionCodeIsGeneratedOnceEvenOnRepeatedFinalSubmits() {
        int[] generated = {0};
        ParticipantFlow flow = new ParticipantFlow(design, ConditionOrder.NO_XAI_FIRST, () -> "C" + (++generated[0]));
        flow.finishTutorial(T0);
        flow.finishTask(1, 12, T0);
        flow.submitQuestionnaire(FlowStage.QUESTIONNAIRE_1, allAgree(flow.statementsOf(FlowStage.QUESTIONNAIRE_1)), T0);
        flow.finishTask(2, 12, T0);
        flow.submitQuestionnaire(FlowStage.QUESTIONNAIRE_2, allAgree(flow.statementsOf(FlowStage.QUESTIONNAIRE_2)), T0);
        Map<String, Integer> finalAnswers = allAgree(flow.statementsOf(FlowStage.FINAL_QUESTIONNAIRE));

        flow.submitQuestionnaire(FlowStage.FINAL_QUESTIONNAIRE, finalAnswers, T0);
        flow.submitQuestionnaire(FlowStage.FINAL_QUESTIONNAIRE, finalAnswers, T0);

        assertEquals(Optional.of("C1"), flow.completionCode());
        assertEquals(1, generated[0]);
    }

    @Test
    void aTaskWithoutTimeLimitEndsOnlyWhenTheTargetCountIsReached() {
        ParticipantFlow flow = flow(design, ConditionOrder.NO_XAI_FIRST);
        flow.finishTutorial(T0);

        FlowTransitionRejected error = assertThrows(FlowTransitionRejected.class,
                () -> flow.finishTask(1, 9, T0.plus(Duration.ofHours(5))));
        assertEquals("Find 3 more matching image(s) before finishing this task (found 9 of 12)", error.getMessage());
        assertEquals(Optional.empty(), flow.taskDeadline(1));
        assertEquals(TransitionOutcome.ADVANCED, flow.finishTask(1, 12, T0.plus(Duration.ofHours(5))));
    }

    @Test
    void aTimedTaskAlsoEndsWhenItsTimeLimitIsOver() {
        ParticipantFlow flow = flow(timedDesign, ConditionOrder.NO_XAI_FIRST);
        Instant task1Start = T0.plusSeconds(30);
        flow.finishTutorial(task1Start);
        assertEquals(Optional.of(task1Start.plus(Duration.ofMinutes(10))), flow.taskDeadline(1));

        FlowTransitionRejected early = assertThrows(FlowTransitionRejected.class,
                () -> flow.finishTask(1, 2, task1Start.plus(Duration.ofMinutes(6)).plusSeconds(40)));
        assertTrue(early.getMessage().endsWith("or continue until the time limit ends in 3 min 20 s"), early.getMessage());

        assertEquals(TransitionOutcome.ADVANCED, flow.finishTask(1, 2, task1Start.plus(Duration.ofMinutes(10))));
    }

    @Test
    void aRestoredFlowContinuesWhereItsSnapshotWasTaken() {
        ParticipantFlow original = flow(timedDesign, ConditionOrder.WITH_XAI_FIRST);
        original.finishTutorial(T0);
        original.finishTask(1, 12, T0.plusSeconds(100));
        Map<String, Integer> answers = allAgree(original.statementsOf(FlowStage.QUESTIONNAIRE_1));
        original.submitQuestionnaire(FlowStage.QUESTIONNAIRE_1, answers, T0.plusSeconds(200));

        ParticipantFlow restored = ParticipantFlow.restore(timedDesign, ConditionOrder.WITH_XAI_FIRST,
                () -> "NEVER", original.snapshot());

        assertEquals(FlowStage.TASK_2, restored.stage());
        assertEquals(original.taskDeadline(2), restored.taskDeadline(2));
        assertEquals(answers, restored.answersOf(FlowStage.QUESTIONNAIRE_1));
        assertEquals(Optional.of(T0.plusSeconds(100)), restored.enteredAt(FlowStage.QUESTIONNAIRE_1));
        assertEquals(TransitionOutcome.ALREADY_PAST, restored.finishTask(1, 12, T0.plusSeconds(300)),
                "a repeated finish of a task left before the snapshot stays harmless");
        assertThrows(FlowTransitionRejected.class, () -> restored.finishTask(2, 3, T0.plusSeconds(300)));
        assertEquals(original.snapshot(), restored.snapshot());
    }

    @Test
    void aSnapshotHasACompletionCodeExactlyWhenDone() {
        assertThrows(IllegalArgumentException.class,
                () -> new ParticipantFlow.Snapshot(FlowStage.TASK_1, Map.of(), Map.of(), "CODE"));
        assertThrows(IllegalArgumentException.class,
                () -> new ParticipantFlow.Snapshot(FlowStage.DONE, Map.of(), Map.of(), null));
    }

    @Test
    void theSecondTaskClockStartsWhenTheFirstQuestionnaireIsSubmitted() {
        ParticipantFlow flow = flow(timedDesign, ConditionOrder.NO_XAI_FIRST);
        flow.finishTutorial(T0);
        flow.finishTask(1, 12, T0.plusSeconds(100));
        Instant task2Start = T0.plusSeconds(200);
        flow.submitQuestionnaire(FlowStage.QUESTIONNAIRE_1, allAgree(flow.statementsOf(FlowStage.QUESTIONNAIRE_1)), task2Start);

        assertEquals(Optional.of(task2Start.plus(Duration.ofMinutes(10))), flow.taskDeadline(2));
    }

    @Test
    void invalidAnswersAreRejectedWithActionableMessagesAndTheStageStays() {
        ParticipantFlow flow = flow(design, ConditionOrder.WITH_XAI_FIRST);
        flow.finishTutorial(T0);
        flow.finishTask(1, 12, T0);

        FlowTransitionRejected error = assertThrows(FlowTransitionRejected.class,
                () -> flow.submitQuestionnaire(FlowStage.QUESTIONNAIRE_1, Map.of(), T0));

        assertEquals(3, error.reasons().size());
        assertTrue(error.reasons().get(0).startsWith("Please choose an answer from 1 (strongly disagree) to 6"));
        assertEquals(FlowStage.QUESTIONNAIRE_1, flow.stage());
        assertEquals(Map.of(), flow.answersOf(FlowStage.QUESTIONNAIRE_1));
    }

    @Test
    void onlyQuestionnaireStagesHaveStatements() {
        ParticipantFlow flow = flow(design, ConditionOrder.WITH_XAI_FIRST);
        assertThrows(IllegalArgumentException.class, () -> flow.statementsOf(FlowStage.TASK_1));
        assertThrows(IllegalArgumentException.class, () -> flow.finishTask(3, 12, T0));
    }
}
