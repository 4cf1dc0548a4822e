package org.xcbir.study;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** The figures a researcher watches while a study runs: median task times and servings per task pair. */
public final class StudyProgress {

    private StudyProgress() {
    }

    /** The median of the task times in seconds (the mean of the middle two for an even count); empty for none. */
    public static OptionalDouble medianSeconds(Collection<Duration> taskTimes) {
        if (taskTimes.isEmpty()) {
            return OptionalDouble.empty();
        }
        double[] seconds = taskTimes.stream().mapToDouble(t -> t.toMillis() / 1000.0).sorted().toArray();
        int middle = seconds.length / 2;
        return OptionalDouble.of(seconds.length % 2 == 1 ? seconds[middle] : (seconds[middle - 1] + seconds[middle]) / 2);
    }

    /**
     * How many participants each task pair is served to, in pair order, unserved pairs with 0. Abandoned
     * assignments do not count: their serving went back to the pool and the pair is handed out again
     * ({@link AssignmentLedger}), so counting them would show a pair as served that still lacks a participant.
     */
    public static Map<Integer, Integer> servingsPerPair(List<TaskPair> pairs, Collection<Assignment> assignments) {
        Map<Integer, Integer> servings = new LinkedHashMap<>();
        pairs.forEach(pair -> servings.put(pair.id(), 0));
        assignments.stream().filter(Assignment::isLive)
                .forEach(assignment -> servings.merge(assignment.pair().id(), 1, Integer::sum));
        return servings;
    }

    /**
     * In progress past its deadline: as good as abandoned, but stored as in progress until the next enrolment
     * releases it (there is no scheduler, see {@link AssignmentLedger}).
     */
    public static boolean isOverdue(Assignment assignment, Instant now) {
        return assignment.isOverdue(now);
    }
}
