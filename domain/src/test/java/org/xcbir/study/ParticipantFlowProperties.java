package org.xcbir.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random clicking, refreshing and back-button use: the flow only ever moves one step forward. */
class ParticipantFlowProperties {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    /** An action = which stage the browser believes it is leaving, and how many targets it reports. */
    record Action(FlowStage leaving, int found, boolean validAnswers) {
    }

    @Provide
    Arbitrary<List<Action>> clicks() {
        Arbitrary<FlowStage> leaving = Arbitraries.of(FlowStage.TUTORIAL, FlowStage.TASK_1, FlowStage.QUESTIONNAIRE_1,
                FlowStage.TASK_2, FlowStage.QUESTIONNAIRE_2, FlowStage.FINAL_QUESTIONNAIRE);
        return net.jqwik.api.Combinators.combine(leaving, Arbitraries.integers().between(0, 15), Arbitraries.of(true, false))
                .as(Action::new).list().ofMaxSize(40);
    }

    @Property(tries = 2000)
    void stagesNeverSkipNeverGoBackAndTheCodeAppearsExactlyAtDone(@ForAll("clicks") List<Action> actions,
                                                                  @ForAll ConditionOrder order) {
        StudyDesign design = StudyDesign.builder("coco", StudyArbitraries.pool(List.of(1, 1)))
                .timeLimitPerTask(Duration.ofMinutes(10)).build();
        ParticipantFlow flow = new ParticipantFlow(design, order, new RandomCompletionCodes());
        Instant now = T0;
        String code = null;
        for (Action action : actions) {
            now = now.plus(Duration.ofMinutes(2));
            FlowStage before = flow.stage();
            try {
                TransitionOutcome outcome = apply(flow, action, now);
                assertEquals(outcome == TransitionOutcome.ADVANCED, flow.stage() != before);
            } catch (FlowTransitionRejected rejected) {
                assertEquals(before, flow.stage(), "a rejected action changes nothing");
                assertTrue(!rejected.reasons().isEmpty());
            }
            assertTrue(flow.stage().ordinal() - before.ordinal() <= 1 && flow.stage().ordinal() >= before.ordinal());
            assertEquals(flow.stage() == FlowStage.DONE, flow.completionCode().isPresent());
            if (code != null) {
                assertEquals(code, flow.completionCode().orElseThrow(), "the code never changes");
            }
            code = flow.completionCode().orElse(null);
        }
    }

    private static TransitionOutcome apply(ParticipantFlow flow, Action action, Instant now) {
        return switch (action.leaving()) {
            case TUTORIAL -> flow.finishTutorial(now);
            case TASK_1 -> flow.finishTask(1, action.found(), now);
            case TASK_2 -> flow.finishTask(2, action.found(), now);
            default -> flow.submitQuestionnaire(action.leaving(),
                    action.validAnswers() ? ParticipantFlowTest.allAgree(flow.statementsOf(action.leaving()))
                            : Map.of("made-up", 7), now);
        };
    }
}
