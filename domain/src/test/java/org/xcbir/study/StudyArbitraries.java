package org.xcbir.study;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Random query pools for properties. */
final class StudyArbitraries {

    private StudyArbitraries() {
    }

    /** Pools whose largest class holds at most half the queries, i.e. pools that can be paired. */
    static Arbitrary<List<QueryImage>> pairablePools(int maxClasses, int maxPerClass) {
        return Arbitraries.integers().between(1, maxPerClass).list().ofMinSize(2).ofMaxSize(maxClasses)
                .map(StudyArbitraries::pool)
                .filter(StudyArbitraries::isPairable);
    }

    static List<QueryImage> pool(List<Integer> classSizes) {
        List<QueryImage> pool = new ArrayList<>();
        for (int c = 0; c < classSizes.size(); c++) {
            for (int i = 0; i < classSizes.get(c); i++) {
                pool.add(new QueryImage("img-" + c + "-" + i, "class-" + c));
            }
        }
        return pool;
    }

    static boolean isPairable(List<QueryImage> pool) {
        long largest = pool.stream()
                .collect(java.util.stream.Collectors.groupingBy(QueryImage::targetClass, java.util.stream.Collectors.counting()))
                .values().stream().mapToLong(Long::longValue).max().orElse(0);
        return pool.size() >= 2 && 2 * largest <= pool.size();
    }
}
