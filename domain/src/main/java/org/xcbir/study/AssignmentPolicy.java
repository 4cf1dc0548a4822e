package org.xcbir.study;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The two choices made for a new participant, as pure functions of the current counts and a
 * seeded draw, so replaying the same arrivals on the same design gives the same assignments.
 */
public final class AssignmentPolicy {

    private AssignmentPolicy() {
    }

    /**
     * Least-served pair first: a pair is never served a (k+1)-th time while another pair has
     * fewer than k live servings, so every pair reaches the study's minimum before any pair gets
     * more (paper §4: "loop over each task pair at least three times"). Ties: seeded random.
     */
    public static int leastServedPair(int[] liveServings, SplittableRandom draw) {
        int fewest = Integer.MAX_VALUE;
        List<Integer> candidates = new ArrayList<>();
        for (int pair = 0; pair < liveServings.length; pair++) {
            if (liveServings[pair] < fewest) {
                fewest = liveServings[pair];
                candidates.clear();
            }
            if (liveServings[pair] == fewest) {
                candidates.add(pair);
            }
        }
        return candidates.get(draw.nextInt(candidates.size()));
    }

    /**
     * Counterbalancing per pair by alternation: the order this pair has served less; when the pair
     * is even, the order the whole study has served less; when both are even, a seeded coin.
     * Without abandonments this keeps every pair within ±1 and the study within ±1 whenever all
     * pairs have equal servings.
     */
    public static ConditionOrder orderFor(int pairNoXaiFirst, int pairWithXaiFirst,
                                          int studyNoXaiFirst, int studyWithXaiFirst, SplittableRandom draw) {
        int pairLead = pairNoXaiFirst - pairWithXaiFirst;
        if (pairLead != 0) {
            return pairLead < 0 ? ConditionOrder.NO_XAI_FIRST : ConditionOrder.WITH_XAI_FIRST;
        }
        int studyLead = studyNoXaiFirst - studyWithXaiFirst;
        if (studyLead != 0) {
            return studyLead < 0 ? ConditionOrder.NO_XAI_FIRST : ConditionOrder.WITH_XAI_FIRST;
        }
        return draw.nextBoolean() ? ConditionOrder.NO_XAI_FIRST : ConditionOrder.WITH_XAI_FIRST;
    }
}
