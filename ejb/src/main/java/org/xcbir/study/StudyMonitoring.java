package org.xcbir.study;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What a researcher watches while a study runs: counts by status, servings per task pair, task times, and each
 * participant's progress and event log. Read-only; the figures come from {@link StudyProgress}.
 */
@Stateless
public class StudyMonitoring {

    @Inject
    private StudyRepository studies;

    private final Clock clock = Clock.systemUTC();

    /** A task pair and the participants it is served to (abandoned ones not counted, see {@link StudyProgress}). */
    public record PairServings(int pairId, long noXaiImageId, String noXaiClass, long withXaiImageId,
            String withXaiClass, int served) implements Serializable {}

    /**
     * Counts by assignment status as stored; {@code overdue} of those in progress are past their deadline and
     * become abandoned at the next enrolment. Medians in seconds over finished tasks, null while there are none.
     */
    public record Overview(int inProgress, int completed, int abandoned, int overdue, List<PairServings> servings,
            Double medianSeconds, Double medianSecondsNoXai, Double medianSecondsWithXai) implements Serializable {

        public int servedTotal() {
            return servings.stream().mapToInt(PairServings::served).sum();
        }
    }

    /** One of a participant's two tasks; times null until the task is entered or finished. */
    public record TaskProgress(int number, Condition condition, Instant startedAt, Instant endedAt, Double seconds)
            implements Serializable {}

    public record ParticipantRow(String username, int pairId, ConditionOrder order, AssignmentStatus status,
            boolean overdue, FlowStage stage, Instant enrolledAt, Instant deadline, List<TaskProgress> tasks,
            String completionCode) implements Serializable {}

    public record EventRow(Instant at, StudyEvent.Type type, Integer taskNumber, Long imageId, String detail)
            implements Serializable {}

    private record FinishedTask(Condition condition, Duration time) {}

    public Overview overview(long studyId) {
        Study study = study(studyId);
        StudyDesign design = study.design(studies.pool(studyId));
        List<StudyParticipant> participants = studies.participants(studyId);
        Instant now = clock.instant();
        List<Assignment> assignments = participants.stream().map(p -> p.assignment(design)).toList();
        Map<Integer, Integer> served = StudyProgress.servingsPerPair(design.taskPairs(), assignments);
        List<PairServings> servings = design.taskPairs().stream().map(pair -> new PairServings(pair.id(),
                Long.parseLong(pair.noXaiQuery().imageId()), pair.noXaiQuery().targetClass(),
                Long.parseLong(pair.withXaiQuery().imageId()), pair.withXaiQuery().targetClass(),
                served.get(pair.id()))).toList();
        List<FinishedTask> finished = participants.stream().flatMap(p -> finishedTasks(p).stream()).toList();
        return new Overview(count(assignments, AssignmentStatus.IN_PROGRESS),
                count(assignments, AssignmentStatus.COMPLETED), count(assignments, AssignmentStatus.ABANDONED),
                (int) assignments.stream().filter(a -> StudyProgress.isOverdue(a, now)).count(), servings,
                median(finished, null), median(finished, Condition.NO_XAI), median(finished, Condition.WITH_XAI));
    }

    /** The participants in enrolment order with their stage and task times. */
    public List<ParticipantRow> participants(long studyId) {
        Study study = study(studyId);
        StudyDesign design = study.design(studies.pool(studyId));
        Instant now = clock.instant();
        return studies.participants(studyId).stream().map(p -> {
            Assignment assignment = p.assignment(design);
            List<TaskProgress> tasks = new ArrayList<>();
            for (int task = 1; task <= 2; task++) {
                Duration time = taskTime(p, task);
                tasks.add(new TaskProgress(task, p.getConditionOrder().conditionOfTask(task), p.taskStartedAt(task),
                        p.taskEndedAt(task), time == null ? null : time.toMillis() / 1000.0));
            }
            return new ParticipantRow(p.getUsername(), p.getPairId(), p.getConditionOrder(), p.getAssignmentStatus(),
                    StudyProgress.isOverdue(assignment, now), p.getStage(), p.getEnrolledAt(), assignment.deadline(),
                    List.copyOf(tasks), p.getCompletionCode());
        }).toList();
    }

    /** One participant's event log, oldest first. */
    public List<EventRow> events(long studyId, String username) {
        study(studyId);
        StudyParticipant participant = studies.participants(studyId).stream()
                .filter(p -> p.getUsername().equals(username)).findFirst()
                .orElseThrow(() -> new UnknownStudyException("'" + username + "' takes no part in study " + studyId
                        + "."));
        return studies.events(participant.getId()).stream()
                .map(e -> new EventRow(e.getAt(), e.getType(), e.getTaskNumber(), e.getImageId(), e.getDetail()))
                .toList();
    }

    private static List<FinishedTask> finishedTasks(StudyParticipant participant) {
        List<FinishedTask> finished = new ArrayList<>();
        for (int task = 1; task <= 2; task++) {
            Duration time = taskTime(participant, task);
            if (time != null) {
                finished.add(new FinishedTask(participant.getConditionOrder().conditionOfTask(task), time));
            }
        }
        return finished;
    }

    /** From entering the task to leaving it, as the statistics measure T (see {@link TaskSummary}); null if open. */
    private static Duration taskTime(StudyParticipant participant, int task) {
        Instant started = participant.taskStartedAt(task);
        Instant ended = participant.taskEndedAt(task);
        return started == null || ended == null ? null : Duration.between(started, ended);
    }

    /** The median over the tasks of one condition, or of all for {@code condition} null. */
    private static Double median(List<FinishedTask> finished, Condition condition) {
        OptionalDouble median = StudyProgress.medianSeconds(finished.stream()
                .filter(t -> condition == null || t.condition() == condition).map(FinishedTask::time).toList());
        return median.isPresent() ? median.getAsDouble() : null;
    }

    private static int count(List<Assignment> assignments, AssignmentStatus status) {
        return (int) assignments.stream().filter(a -> a.status() == status).count();
    }

    private Study study(long studyId) {
        return studies.find(studyId).orElseThrow(() -> new UnknownStudyException("There is no study " + studyId + "."));
    }
}
