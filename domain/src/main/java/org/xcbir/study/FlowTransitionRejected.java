package org.xcbir.study;

import java.util.List;

/** A participant action that does not fit the current stage or its conditions; messages are for the participant. */
public final class FlowTransitionRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> reasons;

    public FlowTransitionRejected(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public FlowTransitionRejected(String reason) {
        this(List.of(reason));
    }

    public List<String> reasons() {
        return reasons;
    }
}
