package org.xcbir.study;

import java.time.Instant;
import java.util.List;

/**
 * Thread-safe in-memory holder of one study's {@link AssignmentLedger}: the "lock" variant of the
 * concurrency design, used by tests and by a single-node deployment. One monitor per study; the
 * operations are short, so contention is negligible at crowd-study arrival rates.
 */
public final class AssignmentBook {

    private final AssignmentLedger ledger;

    public AssignmentBook(StudyDesign design) {
        this.ledger = AssignmentLedger.empty(design);
    }

    public synchronized Assignment assign(ParticipantId participant, Instant now) {
        return ledger.assign(participant, now);
    }

    public synchronized Assignment complete(ParticipantId participant, Instant now) {
        return ledger.complete(participant, now);
    }

    public synchronized List<Assignment> releaseExpired(Instant now) {
        return ledger.releaseExpired(now);
    }

    public synchronized List<Assignment> assignments() {
        return ledger.assignments();
    }

    public synchronized boolean minimumReached() {
        return ledger.minimumReached();
    }
}
