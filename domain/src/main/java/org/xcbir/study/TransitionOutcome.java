package org.xcbir.study;

/** Result of asking the flow to leave a stage. */
public enum TransitionOutcome {
    /** The stage was left now. */
    ADVANCED,
    /** The stage had been left before (refresh, back button, double submit); nothing changed. */
    ALREADY_PAST
}
