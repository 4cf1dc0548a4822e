package org.xcbir.study;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Who got which task pair: the study's assignment state and its rules.
 *
 * <p>Not thread-safe by design: every decision depends on all counts, so the caller serialises
 * access to one ledger per study. In memory use {@link AssignmentBook}. With a database the
 * service loads the study row with its JPA {@code @Version} plus the assignment rows, rebuilds
 * the ledger with {@link #restore}, applies one operation, writes the changed assignment row and
 * force-increments the study version (or holds a PESSIMISTIC_WRITE lock on the study row); on an
 * optimistic-lock failure it reloads and retries. Retrying is safe because every decision is a
 * pure function of the persisted assignments and the design seed. A unique key on
 * (study, participant) backs the one-HIT-per-participant rule.
 *
 * <p>Abandonment: an assignment still in progress after its deadline (assigned + abandon timeout)
 * is ABANDONED and its serving returns to the pool. There is no scheduler: overdue assignments are
 * released lazily before every assignment and completion, or by {@link #releaseExpired}.
 */
public final class AssignmentLedger {

    private final StudyDesign design;
    private final Map<ParticipantId, Assignment> byParticipant = new LinkedHashMap<>();
    private final int[] liveServings;
    private final int[] completedServings;
    private final int[] noXaiFirstServings;
    private final int[] withXaiFirstServings;

    private AssignmentLedger(StudyDesign design) {
        this.design = Objects.requireNonNull(design, "design");
        int pairs = design.taskPairs().size();
        this.liveServings = new int[pairs];
        this.completedServings = new int[pairs];
        this.noXaiFirstServings = new int[pairs];
        this.withXaiFirstServings = new int[pairs];
    }

    public static AssignmentLedger empty(StudyDesign design) {
        return new AssignmentLedger(design);
    }

    /** Rebuilds the state from persisted assignments (any order) of the same design. */
    public static AssignmentLedger restore(StudyDesign design, List<Assignment> assignments) {
        AssignmentLedger ledger = new AssignmentLedger(design);
        List<TaskPair> pairs = design.taskPairs();
        assignments.stream()
                .sorted((a, b) -> Long.compare(a.sequence(), b.sequence()))
                .forEach(a -> {
                    if (a.pair().id() >= pairs.size() || !pairs.get(a.pair().id()).equals(a.pair())) {
                        throw new IllegalArgumentException("Assignment " + a.sequence() + " has a task pair this"
                                + " design does not have; was the pool or seed changed after the study started?");
                    }
                    ledger.record(a);
                });
        return ledger;
    }

    /**
     * The participant's assignment: the existing one, whatever its status (one HIT per participant,
     * so a returning or double-clicking participant gets the same pair back), or a new one.
     */
    public Assignment assign(ParticipantId participant, Instant now) {
        releaseExpired(now);
        Assignment existing = byParticipant.get(participant);
        if (existing != null) {
            return existing;
        }
        long sequence = byParticipant.size();
        SplittableRandom draw = SeededDraw.generator(design.seed(), sequence);
        int pair = AssignmentPolicy.leastServedPair(liveServings, draw);
        ConditionOrder order = AssignmentPolicy.orderFor(noXaiFirstServings[pair], withXaiFirstServings[pair],
                sum(noXaiFirstServings), sum(withXaiFirstServings), draw);
        Assignment assignment = new Assignment(sequence, participant, design.taskPairs().get(pair), order,
                liveServings[pair] + 1, now, now.plus(design.abandonAfter()), AssignmentStatus.IN_PROGRESS);
        record(assignment);
        return assignment;
    }

    /**
     * Marks the participant's HIT completed. Returns the assignment: COMPLETED (also when already
     * completed), or ABANDONED when the deadline had passed; the caller then must not accept the HIT.
     */
    public Assignment complete(ParticipantId participant, Instant now) {
        releaseExpired(now);
        Assignment assignment = byParticipant.get(participant);
        if (assignment == null) {
            throw new IllegalStateException("Participant " + participant.value() + " has no assignment to complete");
        }
        if (assignment.status() != AssignmentStatus.IN_PROGRESS) {
            return assignment;
        }
        Assignment completed = assignment.withStatus(AssignmentStatus.COMPLETED);
        byParticipant.put(participant, completed);
        completedServings[completed.pair().id()]++;
        return completed;
    }

    /** Returns the servings of overdue assignments to the pool; gives the newly abandoned ones. */
    public List<Assignment> releaseExpired(Instant now) {
        List<Assignment> released = new ArrayList<>();
        for (Assignment assignment : byParticipant.values()) {
            if (assignment.isOverdue(now)) {
                released.add(assignment.withStatus(AssignmentStatus.ABANDONED));
            }
        }
        for (Assignment abandoned : released) {
            byParticipant.put(abandoned.participant(), abandoned);
            countLive(abandoned, -1);
        }
        return List.copyOf(released);
    }

    public Optional<Assignment> assignmentOf(ParticipantId participant) {
        return Optional.ofNullable(byParticipant.get(participant));
    }

    /** All assignments in the order they were handed out. */
    public List<Assignment> assignments() {
        return List.copyOf(byParticipant.values());
    }

    /** In-progress plus completed servings of a pair: what the least-served rule balances. */
    public int liveServings(int pairId) {
        return liveServings[pairId];
    }

    public int completedServings(int pairId) {
        return completedServings[pairId];
    }

    /** Live servings of a pair in one condition order: what counterbalancing balances. */
    public int liveServings(int pairId, ConditionOrder order) {
        return order == ConditionOrder.NO_XAI_FIRST ? noXaiFirstServings[pairId] : withXaiFirstServings[pairId];
    }

    /**
     * Every pair completed the design's minimum number of times: the operator can stop publishing
     * HITs. Assignment itself goes on (the paper looped past the minimum: 476 HITs for 148 pairs).
     */
    public boolean minimumReached() {
        for (int completed : completedServings) {
            if (completed < design.minimumServingsPerPair()) {
                return false;
            }
        }
        return true;
    }

    private void record(Assignment assignment) {
        byParticipant.put(assignment.participant(), assignment);
        if (assignment.isLive()) {
            countLive(assignment, +1);
        }
        if (assignment.status() == AssignmentStatus.COMPLETED) {
            completedServings[assignment.pair().id()]++;
        }
    }

    private void countLive(Assignment assignment, int delta) {
        int pair = assignment.pair().id();
        liveServings[pair] += delta;
        if (assignment.order() == ConditionOrder.NO_XAI_FIRST) {
            noXaiFirstServings[pair] += delta;
        } else {
            withXaiFirstServings[pair] += delta;
        }
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        return total;
    }
}
