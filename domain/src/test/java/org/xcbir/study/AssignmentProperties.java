package org.xcbir.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class AssignmentProperties {

    private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

    @Provide
    Arbitrary<List<QueryImage>> pools() {
        return StudyArbitraries.pairablePools(12, 5);
    }

    @Provide
    Arbitrary<List<ArrivalStep>> crowdWithAbandonment() {
        return ArrivalStep.sequences(120, 300, true);
    }

    @Provide
    Arbitrary<List<ArrivalStep>> crowdWithoutAbandonment() {
        return ArrivalStep.sequences(120, 300, false);
    }

    @Property(tries = 1500)
    void leastServedFirstSameAssignmentOnReturnAndNeverOneClassInBothConditions(
            @ForAll("pools") List<QueryImage> pool, @ForAll("crowdWithAbandonment") List<ArrivalStep> steps,
            @ForAll long seed) {
        StudyDesign design = design(pool, seed);
        AssignmentLedger ledger = AssignmentLedger.empty(design);
        Map<ParticipantId, Assignment> firstSeen = new HashMap<>();
        Instant now = START;

        for (ArrivalStep step : steps) {
            ParticipantId participant = ArrivalStep.id(step.participant());
            switch (step.kind()) {
                case WAIT -> now = now.plus(Duration.ofMinutes(step.minutes()));
                case COMPLETE -> {
                    if (firstSeen.containsKey(participant)) {
                        assertSameHit(firstSeen.get(participant), ledger.complete(participant, now));
                    }
                }
                case ARRIVE -> {
                    ledger.releaseExpired(now);
                    int[] before = liveServings(ledger, design);
                    Assignment assignment = ledger.assign(participant, now);
                    Assignment first = firstSeen.putIfAbsent(participant, assignment);
                    if (first == null) {
                        int fewest = Arrays.stream(before).min().orElseThrow();
                        assertEquals(fewest, before[assignment.pair().id()],
                                "pair served again while another pair had fewer servings: " + Arrays.toString(before));
                        assertEquals(before[assignment.pair().id()] + 1, assignment.servingNumber());
                    } else {
                        assertSameHit(first, assignment);
                    }
                    assertNotEquals(assignment.queryOfTask(1).targetClass(), assignment.queryOfTask(2).targetClass());
                }
            }
        }
        assertEquals(firstSeen.size(), ledger.assignments().size(), "exactly one HIT per participant");
    }

    @Property(tries = 1500)
    void ordersStayCounterbalancedWithoutAbandonment(@ForAll("pools") List<QueryImage> pool,
                                                     @ForAll("crowdWithoutAbandonment") List<ArrivalStep> steps,
                                                     @ForAll long seed) {
        StudyDesign design = design(pool, seed);
        AssignmentLedger ledger = AssignmentLedger.empty(design);
        for (ArrivalStep step : steps) {
            ParticipantId participant = ArrivalStep.id(step.participant());
            if (step.kind() == ArrivalStep.Kind.ARRIVE) {
                ledger.assign(participant, START);
            } else if (ledger.assignmentOf(participant).isPresent()) {
                ledger.complete(participant, START);
            }
            int studyLead = 0;
            for (int pair = 0; pair < design.taskPairs().size(); pair++) {
                int lead = orderLead(ledger, pair);
                assertTrue(Math.abs(lead) <= 1, "pair " + pair + " order lead " + lead);
                studyLead += lead;
            }
            int[] live = liveServings(ledger, design);
            if (Arrays.stream(live).min().orElseThrow() == Arrays.stream(live).max().orElseThrow()) {
                assertTrue(Math.abs(studyLead) <= 1, "study order lead at a round boundary: " + studyLead);
            }
        }
    }

    @Property(tries = 1000)
    void abandonmentUnbalancesAPairOnlyUntilItsNextServing(@ForAll("pools") List<QueryImage> pool,
                                                           @ForAll("crowdWithAbandonment") List<ArrivalStep> steps,
                                                           @ForAll long seed) {
        StudyDesign design = design(pool, seed);
        AssignmentLedger ledger = AssignmentLedger.empty(design);
        int[] releases = new int[design.taskPairs().size()];
        Instant now = START;
        for (ArrivalStep step : steps) {
            ParticipantId participant = ArrivalStep.id(step.participant());
            switch (step.kind()) {
                case WAIT -> {
                    now = now.plus(Duration.ofMinutes(step.minutes()));
                    ledger.releaseExpired(now).forEach(a -> releases[a.pair().id()]++);
                }
                case COMPLETE -> {
                    if (ledger.assignmentOf(participant).isPresent()) {
                        ledger.complete(participant, now);
                    }
                }
                case ARRIVE -> ledger.assign(participant, now);
            }
            for (int pair = 0; pair < releases.length; pair++) {
                assertTrue(Math.abs(orderLead(ledger, pair)) <= 1 + releases[pair]);
            }
        }
    }

    @Property(tries = 500)
    void aRestoredLedgerContinuesWithTheSameDecisions(@ForAll("pools") List<QueryImage> pool,
                                                      @ForAll("crowdWithAbandonment") List<ArrivalStep> steps,
                                                      @ForAll @IntRange(max = 300) int restoreAfter, @ForAll long seed) {
        StudyDesign design = design(pool, seed);
        AssignmentLedger uninterrupted = AssignmentLedger.empty(design);
        AssignmentLedger restarted = AssignmentLedger.empty(design);
        Instant now = START;
        for (int i = 0; i < steps.size(); i++) {
            if (i == restoreAfter) {
                restarted = AssignmentLedger.restore(design, restarted.assignments());
            }
            ArrivalStep step = steps.get(i);
            ParticipantId participant = ArrivalStep.id(step.participant());
            switch (step.kind()) {
                case WAIT -> now = now.plus(Duration.ofMinutes(step.minutes()));
                case COMPLETE -> {
                    if (uninterrupted.assignmentOf(participant).isPresent()) {
                        assertEquals(uninterrupted.complete(participant, now), restarted.complete(participant, now));
                    }
                }
                case ARRIVE -> assertEquals(uninterrupted.assign(participant, now), restarted.assign(participant, now));
            }
        }
    }

    @Property(tries = 300)
    void minimumIsReachedExactlyWhenEveryPairCompletedItsMinimum(@ForAll("pools") List<QueryImage> pool,
                                                                 @ForAll long seed) {
        StudyDesign design = design(pool, seed);
        AssignmentLedger ledger = AssignmentLedger.empty(design);
        int needed = design.taskPairs().size() * design.minimumServingsPerPair();
        for (int p = 0; p < needed; p++) {
            assertFalse(ledger.minimumReached());
            ledger.assign(ArrivalStep.id(p), START);
            ledger.complete(ArrivalStep.id(p), START);
        }
        assertTrue(ledger.minimumReached());
    }

    @Example
    void anOverdueAssignmentIsAbandonedReturnsToThePoolAndStaysWithItsParticipant() {
        StudyDesign design = design(StudyArbitraries.pool(List.of(1, 1)), 7);
        AssignmentLedger ledger = AssignmentLedger.empty(design);
        ParticipantId slow = new ParticipantId("slow");
        Assignment first = ledger.assign(slow, START);
        ledger.assign(new ParticipantId("other"), START.plus(Duration.ofMinutes(1)));

        Instant late = START.plus(design.abandonAfter()).plusSeconds(1);
        Assignment returning = ledger.assign(slow, late);
        Assignment afterRelease = ledger.assign(new ParticipantId("newcomer"), late);

        assertEquals(AssignmentStatus.ABANDONED, returning.status());
        assertEquals(AssignmentStatus.ABANDONED, ledger.complete(slow, late).status());
        assertEquals(first.pair(), afterRelease.pair(), "the released serving goes to the next arrival");
        assertEquals(first.order(), afterRelease.order(), "and restores the pair's order balance");
    }

    @Example
    void assignmentsOfAnotherDesignCannotBeRestored() {
        List<QueryImage> pool = StudyArbitraries.pool(List.of(3, 3, 3));
        AssignmentLedger ledger = AssignmentLedger.empty(design(pool, 1));
        for (int p = 0; p < 9; p++) {
            ledger.assign(ArrivalStep.id(p), START);
        }

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AssignmentLedger.restore(design(pool, 2), ledger.assignments()));
        assertTrue(error.getMessage().contains("was the pool or seed changed"), error.getMessage());
    }

    @Example
    void completingExactlyAtTheDeadlineStillCounts() {
        StudyDesign design = design(StudyArbitraries.pool(List.of(1, 1)), 7);
        AssignmentLedger ledger = AssignmentLedger.empty(design);
        ParticipantId participant = new ParticipantId("punctual");
        ledger.assign(participant, START);

        Assignment completed = ledger.complete(participant, START.plus(design.abandonAfter()));

        assertEquals(AssignmentStatus.COMPLETED, completed.status());
        assertEquals(completed, ledger.complete(participant, START.plus(Duration.ofDays(1))), "idempotent");
    }

    static StudyDesign design(List<QueryImage> pool, long seed) {
        return StudyDesign.builder("coco-2017", pool).seed(seed).build();
    }

    static int[] liveServings(AssignmentLedger ledger, StudyDesign design) {
        int[] live = new int[design.taskPairs().size()];
        for (int pair = 0; pair < live.length; pair++) {
            live[pair] = ledger.liveServings(pair);
        }
        return live;
    }

    private static int orderLead(AssignmentLedger ledger, int pair) {
        return ledger.liveServings(pair, ConditionOrder.NO_XAI_FIRST) - ledger.liveServings(pair, ConditionOrder.WITH_XAI_FIRST);
    }

    private static void assertSameHit(Assignment first, Assignment later) {
        assertEquals(first.sequence(), later.sequence());
        assertEquals(first.pair(), later.pair());
        assertEquals(first.order(), later.order());
    }
}
