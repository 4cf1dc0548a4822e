package org.xcbir.study;

/** Life of one participant's HIT assignment. */
public enum AssignmentStatus {
    IN_PROGRESS,
    COMPLETED,
    /** Not completed before its deadline; its serving went back to the pool. Final: no second HIT. */
    ABANDONED
}
