package org.xcbir.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Builds the task pairs from the query pool.
 *
 * <p>The paper does not say how its 160 images became 148 pairs. We do not use all valid pairs
 * (about n² of them, far too many to serve each three times); we build a balanced set instead:
 * exactly one pair per query, in which every query is the no-XAI query of one pair and the
 * with-XAI query of another. With equal servings per pair, each query and each class is then
 * searched equally often in both conditions, which the paper had to correct afterwards (Table 1
 * "ratio" normalisation).
 *
 * <p>Algorithm (a permutation π with class(π(i)) ≠ class(i)):
 * <ol>
 *   <li>Order the queries class by class (class order and order inside a class shuffled by seed).</li>
 *   <li>Pair position i with position (i + s) mod n, s drawn from [c, n − c], c = largest class size.
 *       A class occupies a run of at most c consecutive positions and both cyclic distances s and
 *       n − s are ≥ c, so the partner is always of another class. Needs c ≤ n/2, which is also
 *       necessary: otherwise the largest class has more queries than the others can partner.</li>
 *   <li>Mix: 10·n seeded swaps of partners, each kept only if both new pairs stay valid, so a
 *       class is not always partnered with the same neighbour class.</li>
 * </ol>
 * Deterministic for a given pool (any order) and seed.
 */
public final class TaskPairGenerator {

    private static final int MIXING_SWAPS_PER_QUERY = 10;

    private TaskPairGenerator() {
    }

    public static List<TaskPair> generate(List<QueryImage> pool, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<QueryImage> ordered = groupedByClass(pool, random);
        int n = ordered.size();
        int largestClass = largestClassSize(pool);
        if (n < 2 || 2 * largestClass > n) {
            throw new IllegalArgumentException("Cannot pair the pool: class sizes must allow every query a partner of"
                    + " another class, but the largest class has " + largestClass + " of " + n
                    + " queries; add queries of other classes or remove some of that class");
        }
        int shift = largestClass + random.nextInt(n - 2 * largestClass + 1);
        int[] partner = new int[n];
        for (int i = 0; i < n; i++) {
            partner[i] = (i + shift) % n;
        }
        mix(ordered, partner, random);

        List<TaskPair> pairs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            pairs.add(new TaskPair(i, ordered.get(i), ordered.get(partner[i])));
        }
        return List.copyOf(pairs);
    }

    private static List<QueryImage> groupedByClass(List<QueryImage> pool, SplittableRandom random) {
        // sort first so the result depends on the seed, not on the caller's order
        Map<String, List<QueryImage>> byClass = new TreeMap<>();
        pool.stream()
                .sorted(Comparator.comparing(QueryImage::imageId))
                .forEach(q -> byClass.computeIfAbsent(q.targetClass(), c -> new ArrayList<>()).add(q));
        List<List<QueryImage>> classes = new ArrayList<>(byClass.values());
        Shuffle.inPlace(classes, random);
        List<QueryImage> ordered = new ArrayList<>(pool.size());
        for (List<QueryImage> queries : classes) {
            Shuffle.inPlace(queries, random);
            ordered.addAll(queries);
        }
        return ordered;
    }

    private static int largestClassSize(List<QueryImage> pool) {
        Map<String, Integer> sizes = new TreeMap<>();
        pool.forEach(q -> sizes.merge(q.targetClass(), 1, Integer::sum));
        return sizes.values().stream().max(Integer::compare).orElse(0);
    }

    private static void mix(List<QueryImage> ordered, int[] partner, SplittableRandom random) {
        int n = ordered.size();
        for (int swap = 0; swap < MIXING_SWAPS_PER_QUERY * n; swap++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (differentClass(ordered, a, partner[b]) && differentClass(ordered, b, partner[a])) {
                int kept = partner[a];
                partner[a] = partner[b];
                partner[b] = kept;
            }
        }
    }

    private static boolean differentClass(List<QueryImage> ordered, int i, int j) {
        return !ordered.get(i).targetClass().equals(ordered.get(j).targetClass());
    }
}
