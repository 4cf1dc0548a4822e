package org.xcbir.study;

import java.time.Instant;
import java.util.Objects;

/**
 * One participant's HIT: which task pair, in which condition order, until when.
 *
 * @param sequence      0-based number of this assignment in the study; also its tie-break draw number
 * @param servingNumber this pair's live servings including this one, when it was handed out (1-based)
 * @param deadline      not completed after this instant means abandoned
 */
public record Assignment(long sequence, ParticipantId participant, TaskPair pair, ConditionOrder order,
                         int servingNumber, Instant assignedAt, Instant deadline, AssignmentStatus status) {

    public Assignment {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(assignedAt, "assignedAt");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(status, "status");
    }

    /** @param taskNumber 1 or 2 */
    public QueryImage queryOfTask(int taskNumber) {
        return pair.queryFor(order.conditionOfTask(taskNumber));
    }

    public boolean isLive() {
        return status != AssignmentStatus.ABANDONED;
    }

    boolean isOverdue(Instant now) {
        return status == AssignmentStatus.IN_PROGRESS && now.isAfter(deadline);
    }

    Assignment withStatus(AssignmentStatus newStatus) {
        return new Assignment(sequence, participant, pair, order, servingNumber, assignedAt, deadline, newStatus);
    }
}
