package org.xcbir.retrieval.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.xcbir.retrieval.workingset.Distances;
import org.xcbir.retrieval.workingset.WorkingSet;

/**
 * Negatives chosen for the user when they have marked none, as SMQTK's IQR session does:
 * for every positive, the working-set members farthest from it (L2).
 *
 * <p>{@link #DEFAULT_PER_POSITIVE} is 1, SMQTK's {@code autoneg_select_ratio} default, so the
 * classes start balanced (one automatic negative per positive). If a positive's farthest
 * member was already chosen for an earlier positive, the next farthest is taken, so there are
 * exactly {@code perPositive × #positives} negatives whenever the working set is big enough.
 */
public final class AutoNegatives {

    public static final int DEFAULT_PER_POSITIVE = 1;

    private AutoNegatives() {
    }

    /**
     * @param excludedIds members that may not become negatives (the adjudicated ones)
     * @return chosen member ids, in the order the positives were given
     */
    public static List<Long> farthestFrom(List<float[]> positives, WorkingSet workingSet,
                                         Set<Long> excludedIds, int perPositive) {
        if (perPositive < 1) {
            throw new IllegalArgumentException("perPositive must be >= 1: " + perPositive);
        }
        Set<Long> chosen = new LinkedHashSet<>();
        for (float[] positive : positives) {
            List<Integer> farthestFirst = new ArrayList<>(IntStream.range(0, workingSet.size()).boxed().toList());
            double[] distance = new double[workingSet.size()];
            for (int i = 0; i < distance.length; i++) {
                distance[i] = Distances.squaredL2(positive, workingSet.vectorAt(i));
            }
            farthestFirst.sort(Comparator.<Integer>comparingDouble(i -> -distance[i])
                    .thenComparingLong(workingSet::idAt));
            int taken = 0;
            for (int index : farthestFirst) {
                if (taken == perPositive) {
                    break;
                }
                long id = workingSet.idAt(index);
                if (!excludedIds.contains(id) && chosen.add(id)) {
                    taken++;
                }
            }
        }
        return List.copyOf(chosen);
    }
}
