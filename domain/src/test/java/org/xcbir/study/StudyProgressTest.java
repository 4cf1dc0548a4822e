package org.xcbir.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class StudyProgressTest {

    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
    private static final TaskPair CAT_DOG = new TaskPair(0, new QueryImage("1", "cat"), new QueryImage("2", "dog"));
    private static final TaskPair DOG_CAT = new TaskPair(1, new QueryImage("3", "dog"), new QueryImage("4", "cat"));
    private static final TaskPair BUS_CAR = new TaskPair(2, new QueryImage("5", "bus"), new QueryImage("6", "car"));

    @Test
    void theMedianOfAnOddCountIsTheMiddleTime() {
        assertEquals(OptionalDouble.of(300.0), StudyProgress.medianSeconds(
                List.of(Duration.ofSeconds(420), Duration.ofSeconds(90), Duration.ofSeconds(300))));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        // sorted 60, 90.5, 120, 600: (90.5 + 120) / 2
        assertEquals(OptionalDouble.of(105.25), StudyProgress.medianSeconds(List.of(Duration.ofSeconds(600),
                Duration.ofMillis(90_500), Duration.ofSeconds(60), Duration.ofSeconds(120))));
    }

    @Test
    void withoutFinishedTasksThereIsNoMedian() {
        assertTrue(StudyProgress.medianSeconds(List.of()).isEmpty());
    }

    @Test
    void servingsCountLiveAssignmentsPerPairAndListUnservedPairsWithZero() {
        List<Assignment> assignments = List.of(
                assignment(0, CAT_DOG, AssignmentStatus.COMPLETED),
                assignment(1, DOG_CAT, AssignmentStatus.IN_PROGRESS),
                assignment(2, CAT_DOG, AssignmentStatus.IN_PROGRESS));

        Map<Integer, Integer> servings = StudyProgress.servingsPerPair(List.of(CAT_DOG, DOG_CAT, BUS_CAR), assignments);

        assertEquals(Map.of(0, 2, 1, 1, 2, 0), servings);
        assertEquals(List.of(0, 1, 2), List.copyOf(servings.keySet()), "in pair order");
    }

    @Test
    void abandonedAssignmentsDoNotCountAsServed() {
        List<Assignment> assignments = List.of(
                assignment(0, CAT_DOG, AssignmentStatus.ABANDONED),
                assignment(1, CAT_DOG, AssignmentStatus.COMPLETED),
                assignment(2, DOG_CAT, AssignmentStatus.ABANDONED));

        assertEquals(Map.of(0, 1, 1, 0), StudyProgress.servingsPerPair(List.of(CAT_DOG, DOG_CAT), assignments));
    }

    @Test
    void onlyAnAssignmentInProgressPastItsDeadlineIsOverdue() {
        Instant afterDeadline = T0.plus(StudyDesign.DEFAULT_ABANDON_AFTER).plusSeconds(1);

        assertTrue(StudyProgress.isOverdue(assignment(0, CAT_DOG, AssignmentStatus.IN_PROGRESS), afterDeadline));
        assertFalse(StudyProgress.isOverdue(assignment(0, CAT_DOG, AssignmentStatus.IN_PROGRESS), T0.plusSeconds(60)));
        assertFalse(StudyProgress.isOverdue(assignment(0, CAT_DOG, AssignmentStatus.COMPLETED), afterDeadline));
    }

    private static Assignment assignment(long sequence, TaskPair pair, AssignmentStatus status) {
        return new Assignment(sequence, new ParticipantId("p" + sequence), pair, ConditionOrder.NO_XAI_FIRST, 1, T0,
                T0.plus(StudyDesign.DEFAULT_ABANDON_AFTER), status);
    }
}
