package org.xcbir.study;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One participant's way through the HIT: TUTORIAL → TASK_1 → QUESTIONNAIRE_1 → TASK_2 →
 * QUESTIONNAIRE_2 → FINAL_QUESTIONNAIRE → DONE.
 *
 * <p>Each action names the stage it leaves. Leaving the current stage advances (if its conditions
 * hold); leaving a stage already left is a no-op answered {@link TransitionOutcome#ALREADY_PAST}, so
 * browser back, refresh and double submits cannot corrupt the state (the first submission wins);
 * leaving a later stage is rejected, so nothing can be skipped. There is no way back.
 *
 * <p>Not thread-safe: the service serialises one participant's requests (entity version).
 */
public final class ParticipantFlow {

    private final StudyDesign design;
    private final ConditionOrder order;
    private final CompletionCodeSource completionCodes;
    private final Map<FlowStage, Instant> enteredAt = new EnumMap<>(FlowStage.class);
    private final Map<FlowStage, Map<String, Integer>> answers = new EnumMap<>(FlowStage.class);
    private FlowStage stage = FlowStage.TUTORIAL;
    private String completionCode;

    public ParticipantFlow(StudyDesign design, ConditionOrder order, CompletionCodeSource completionCodes) {
        this.design = Objects.requireNonNull(design, "design");
        this.order = Objects.requireNonNull(order, "order");
        this.completionCodes = Objects.requireNonNull(completionCodes, "completionCodes");
    }

    /**
     * What a flow must keep to be restored later: the stage, when each stage was entered, the accepted answers and
     * the completion code.
     */
    public record Snapshot(FlowStage stage, Map<FlowStage, Instant> enteredAt, Map<FlowStage, Map<String, Integer>> answers,
            String completionCode) {
        public Snapshot {
            Objects.requireNonNull(stage, "stage");
            enteredAt = Map.copyOf(enteredAt);
            answers = Map.copyOf(answers);
            if ((stage == FlowStage.DONE) != (completionCode != null)) {
                throw new IllegalArgumentException("a completion code exists exactly when the flow is DONE");
            }
        }
    }

    /** The flow as it was when {@code snapshot} was taken (the same design and order). */
    public static ParticipantFlow restore(StudyDesign design, ConditionOrder order, CompletionCodeSource codes,
            Snapshot snapshot) {
        ParticipantFlow flow = new ParticipantFlow(design, order, codes);
        flow.stage = snapshot.stage();
        flow.enteredAt.putAll(snapshot.enteredAt());
        snapshot.answers().forEach((stage, given) -> flow.answers.put(stage, Map.copyOf(given)));
        flow.completionCode = snapshot.completionCode();
        return flow;
    }

    public Snapshot snapshot() {
        return new Snapshot(stage, enteredAt, answers, completionCode);
    }

    /** When the participant entered a stage; empty before. */
    public Optional<Instant> enteredAt(FlowStage stage) {
        return Optional.ofNullable(enteredAt.get(stage));
    }

    public FlowStage stage() {
        return stage;
    }

    public ConditionOrder order() {
        return order;
    }

    /** Present once the participant reached DONE; never changes afterwards. */
    public Optional<String> completionCode() {
        return Optional.ofNullable(completionCode);
    }

    /** When the time limit of a started task ends; empty without a limit or before the task started. */
    public Optional<Instant> taskDeadline(int taskNumber) {
        Instant started = enteredAt.get(taskStage(taskNumber));
        return design.timeLimitPerTask().flatMap(limit -> Optional.ofNullable(started).map(s -> s.plus(limit)));
    }

    /** The statements of a questionnaire stage; the sub-task ones depend on the condition of the task before. */
    public List<LikertStatement> statementsOf(FlowStage questionnaire) {
        return design.statementsFor(placementOf(questionnaire));
    }

    /** The accepted answers of a questionnaire stage; empty until it was submitted. */
    public Map<String, Integer> answersOf(FlowStage questionnaire) {
        placementOf(questionnaire); // rejects a stage that is not a questionnaire
        return answers.getOrDefault(questionnaire, Map.of());
    }

    public TransitionOutcome finishTutorial(Instant now) {
        if (alreadyLeft(FlowStage.TUTORIAL)) {
            return TransitionOutcome.ALREADY_PAST;
        }
        return advance(now);
    }

    /**
     * Ends a search task: allowed once the participant marked {@code targetsFound} ≥ target count
     * relevant images, or once the task's time limit (if any) is over.
     */
    public TransitionOutcome finishTask(int taskNumber, int targetsFound, Instant now) {
        FlowStage task = taskStage(taskNumber);
        if (alreadyLeft(task)) {
            return TransitionOutcome.ALREADY_PAST;
        }
        int missing = design.targetCount() - targetsFound;
        Optional<Instant> deadline = taskDeadline(taskNumber);
        boolean timeIsUp = deadline.isPresent() && !now.isBefore(deadline.get());
        if (missing > 0 && !timeIsUp) {
            String reason = "Find " + missing + " more matching image(s) before finishing this task (found "
                    + Math.max(targetsFound, 0) + " of " + design.targetCount() + ")";
            throw new FlowTransitionRejected(deadline
                    .map(d -> reason + ", or continue until the time limit ends in " + humanReadable(Duration.between(now, d)))
                    .orElse(reason));
        }
        return advance(now);
    }

    /** Submits the answers of QUESTIONNAIRE_1, QUESTIONNAIRE_2 or FINAL_QUESTIONNAIRE. */
    public TransitionOutcome submitQuestionnaire(FlowStage questionnaire, Map<String, Integer> submitted, Instant now) {
        List<LikertStatement> statements = statementsOf(questionnaire);
        if (alreadyLeft(questionnaire)) {
            return TransitionOutcome.ALREADY_PAST;
        }
        List<String> problems = LikertValidator.problems(statements, submitted);
        if (!problems.isEmpty()) {
            throw new FlowTransitionRejected(problems);
        }
        answers.put(questionnaire, Map.copyOf(submitted));
        return advance(now);
    }

    private boolean alreadyLeft(FlowStage leaving) {
        if (stage.compareTo(leaving) > 0) {
            return true;
        }
        if (stage.compareTo(leaving) < 0) {
            throw new FlowTransitionRejected("You are at " + stage.description() + "; please finish it before "
                    + leaving.description());
        }
        return false;
    }

    private TransitionOutcome advance(Instant now) {
        stage = stage.next();
        enteredAt.put(stage, now);
        if (stage == FlowStage.DONE) {
            completionCode = completionCodes.newCode();
        }
        return TransitionOutcome.ADVANCED;
    }

    private QuestionnairePlacement placementOf(FlowStage questionnaire) {
        return switch (questionnaire) {
            case QUESTIONNAIRE_1 -> QuestionnairePlacement.afterTask(order.conditionOfTask(1));
            case QUESTIONNAIRE_2 -> QuestionnairePlacement.afterTask(order.conditionOfTask(2));
            case FINAL_QUESTIONNAIRE -> QuestionnairePlacement.FINAL;
            default -> throw new IllegalArgumentException(questionnaire + " is not a questionnaire");
        };
    }

    private static FlowStage taskStage(int taskNumber) {
        return switch (taskNumber) {
            case 1 -> FlowStage.TASK_1;
            case 2 -> FlowStage.TASK_2;
            default -> throw new IllegalArgumentException("A HIT has tasks 1 and 2, not " + taskNumber);
        };
    }

    private static String humanReadable(Duration remaining) {
        long seconds = Math.max(remaining.toSeconds(), 1);
        return seconds >= 60 ? (seconds / 60) + " min " + (seconds % 60) + " s" : seconds + " s";
    }
}
