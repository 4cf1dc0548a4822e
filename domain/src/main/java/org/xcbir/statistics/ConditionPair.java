package org.xcbir.statistics;

/** One quantity measured in both conditions; {@link #ratio()} is with-XAI over no-XAI. */
public record ConditionPair(double withXai, double noXai) {

    /** with / no; NaN when the no-XAI value is 0 (no meaningful ratio). */
    public double ratio() {
        return noXai == 0 ? Double.NaN : withXai / noXai;
    }

    public double of(Condition condition) {
        return condition == Condition.WITH_XAI ? withXai : noXai;
    }
}
