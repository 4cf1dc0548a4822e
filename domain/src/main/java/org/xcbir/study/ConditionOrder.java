package org.xcbir.study;

/** Which condition a participant meets first; randomised and counterbalanced per pair (paper §4). */
public enum ConditionOrder {
    NO_XAI_FIRST(Condition.NO_XAI, Condition.WITH_XAI),
    WITH_XAI_FIRST(Condition.WITH_XAI, Condition.NO_XAI);

    private final Condition firstTask;
    private final Condition secondTask;

    ConditionOrder(Condition firstTask, Condition secondTask) {
        this.firstTask = firstTask;
        this.secondTask = secondTask;
    }

    /** @param taskNumber 1 or 2, as in the participant flow */
    public Condition conditionOfTask(int taskNumber) {
        return switch (taskNumber) {
            case 1 -> firstTask;
            case 2 -> secondTask;
            default -> throw new IllegalArgumentException("A HIT has tasks 1 and 2, not " + taskNumber);
        };
    }
}
