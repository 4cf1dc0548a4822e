package org.xcbir.statistics;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Table 1: how the tasks ("queries") fall into the superclasses in each condition.
 *
 * <ul>
 *   <li>qD-raw(s, c) = number of tasks of superclass s in condition c</li>
 *   <li>qD(s, c) = qD-raw(s, c) / number of tasks in condition c (fractions sum to 1 per condition)</li>
 *   <li>ratio(s) = qD(s, with) / qD(s, no), the relative prevalence of s with-XAI vs no-XAI</li>
 * </ul>
 * Paper check: qD-raw CL 111/138, CS 141/150, UL 101/89, US 123/99 gives ratios 0.80, 0.94, 1.13, 1.24.
 */
public record QueryDistribution(Map<Superclass, ConditionPair> rawCounts) {

    public QueryDistribution {
        rawCounts = Collections.unmodifiableMap(new EnumMap<>(rawCounts));
    }

    public static QueryDistribution of(Collection<TaskResult> tasks, SuperclassSplit split) {
        Map<Superclass, int[]> counts = new EnumMap<>(Superclass.class);
        for (Superclass superclass : Superclass.values()) {
            counts.put(superclass, new int[2]);
        }
        for (TaskResult task : tasks) {
            counts.get(split.superclassOf(task.queryClass()))[task.condition().ordinal()]++;
        }
        Map<Superclass, ConditionPair> raw = new EnumMap<>(Superclass.class);
        counts.forEach((superclass, byCondition) -> raw.put(superclass, new ConditionPair(
                byCondition[Condition.WITH_XAI.ordinal()], byCondition[Condition.NO_XAI.ordinal()])));
        return new QueryDistribution(raw);
    }

    public int count(Superclass superclass, Condition condition) {
        return (int) rawCounts.get(superclass).of(condition);
    }

    public int total(Condition condition) {
        return rawCounts.values().stream().mapToInt(pair -> (int) pair.of(condition)).sum();
    }

    /** qD: fraction of the condition's tasks that belong to the superclass (NaN if the condition is empty). */
    public ConditionPair fractions(Superclass superclass) {
        return new ConditionPair(fraction(superclass, Condition.WITH_XAI), fraction(superclass, Condition.NO_XAI));
    }

    /** Table 1 "ratio": qD with-XAI / qD no-XAI. */
    public double ratio(Superclass superclass) {
        return fractions(superclass).ratio();
    }

    private double fraction(Superclass superclass, Condition condition) {
        int total = total(condition);
        return total == 0 ? Double.NaN : (double) count(superclass, condition) / total;
    }
}
