package org.xcbir.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StratifiedPermutationTestTest {

    private static PermutationSettings settings(int permutations, long seed, boolean parallel) {
        return new PermutationSettings(permutations, seed, 250, parallel, PermutationSettings.PAPER_ALPHA);
    }

    private static PermutationPValue find(List<PermutationPValue> results, Metric metric, GainGroup group) {
        return results.stream().filter(p -> p.metric() == metric && p.group() == group).findFirst().orElseThrow();
    }

    /** 4 classes x 10 tasks (5 per condition); with-XAI nP = base + shift. */
    private static List<TaskResult> fourClassStudy(int shift) {
        List<TaskResult> tasks = new ArrayList<>();
        for (String queryClass : List.of("a", "b", "c", "d")) {
            for (int i = 0; i < 5; i++) {
                tasks.add(TestData.with(queryClass, 10 + i + shift, 20 + i, 100.5 + i));
                tasks.add(TestData.no(queryClass, 10 + i, 20 + i, 100.5 + i));
            }
        }
        return tasks;
    }

    @Test
    void identicalGroupsGiveNoEvidence() {
        List<TaskResult> tasks = new ArrayList<>();
        for (String queryClass : List.of("a", "b", "c", "d")) {
            for (int i = 0; i < 4; i++) {
                tasks.add(TestData.with(queryClass, 12, 30, 321.7));
                tasks.add(TestData.no(queryClass, 12, 30, 321.7));
            }
        }

        List<PermutationPValue> results = new StratifiedPermutationTest(settings(2_000, 1, false))
                .run(tasks, SuperclassSplit.of(TestData.fourClasses()));

        for (PermutationPValue p : results) {
            assertEquals(0.0, p.observedGain(), 1e-12);
            assertEquals(1.0, p.pValue(), 1e-12, p.toString());
            assertTrue(!p.significant());
        }
    }

    @Test
    void sameDataInBothConditionsIsNotSignificant() {
        // Equal multisets of values per class: the observed gain is 0, in the middle of the null distribution.
        List<PermutationPValue> results = new StratifiedPermutationTest(settings(4_000, 2, true))
                .run(fourClassStudy(0), SuperclassSplit.of(TestData.fourClasses()));

        for (PermutationPValue p : results) {
            assertTrue(p.pValue() >= 0.4, p.toString());
        }
    }

    @Test
    void clearlySeparatedGroupsAreSignificant() {
        List<PermutationPValue> results = new StratifiedPermutationTest(settings(4_000, 3, true))
                .run(fourClassStudy(10), SuperclassSplit.of(TestData.fourClasses()));

        PermutationPValue cluttered = find(results, Metric.NP, GainGroup.CLUTTERED);
        assertTrue(cluttered.pValue() < 0.01, cluttered.toString());
        assertTrue(cluttered.significant());
        assertTrue(find(results, Metric.NP, GainGroup.SMALL).pValue() < 0.01);
        // nA and T do not differ between conditions.
        assertTrue(find(results, Metric.NA, GainGroup.CLUTTERED).pValue() > 0.1);
        // One-sided: a large LOSS is not significant.
        PermutationPValue loss = find(new StratifiedPermutationTest(settings(4_000, 3, true))
                .run(fourClassStudy(-10), SuperclassSplit.of(TestData.fourClasses())), Metric.NP, GainGroup.CLUTTERED);
        assertTrue(loss.pValue() > 0.99, loss.toString());
    }

    @Test
    void everyShuffleKeepsEachClassesLabelCounts() {
        List<TaskResult> tasks = TestData.handComputed();
        Map<String, Long> observedWith = withCounts(tasks, tasks.stream()
                .map(task -> task.condition() == Condition.WITH_XAI).toList());
        AtomicInteger calls = new AtomicInteger();
        Set<Integer> indices = ConcurrentHashMap.newKeySet();
        Set<List<Boolean>> distinctLabellings = ConcurrentHashMap.newKeySet();
        List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();

        new StratifiedPermutationTest(settings(1_000, 4, true), (permutation, labels) -> {
            calls.incrementAndGet();
            indices.add(permutation);
            List<Boolean> copy = new ArrayList<>();
            for (boolean label : labels) {
                copy.add(label);
            }
            distinctLabellings.add(copy);
            if (!withCounts(tasks, copy).equals(observedWith)) {
                violations.add(permutation + ": " + copy);
            }
        }).run(tasks, SuperclassSplit.of(TestData.fourClasses()));

        assertEquals(1_000, calls.get());
        assertEquals(1_000, indices.size(), "each permutation index exactly once");
        assertTrue(violations.isEmpty(),
                () -> violations.size() + " shuffles broke stratification, e.g. " + violations.get(0));
        // a: 3 ways, b: 3 ways, c and d: 2 ways each -> 36 labellings, all of which 1,000 draws should hit.
        assertEquals(36, distinctLabellings.size());
    }

    private static Map<String, Long> withCounts(List<TaskResult> tasks, List<Boolean> withXai) {
        Map<String, Long> counts = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            counts.merge(tasks.get(i).queryClass(), withXai.get(i) ? 1L : 0L, Long::sum);
        }
        return counts;
    }

    @Test
    void sameSeedGivesBitwiseIdenticalResultsParallelOrNot() {
        List<TaskResult> tasks = fourClassStudy(1);
        SuperclassSplit split = SuperclassSplit.of(TestData.fourClasses());

        List<PermutationPValue> first = new StratifiedPermutationTest(settings(3_000, 42, true)).run(tasks, split);
        List<PermutationPValue> second = new StratifiedPermutationTest(settings(3_000, 42, true)).run(tasks, split);
        List<PermutationPValue> sequential = new StratifiedPermutationTest(settings(3_000, 42, false)).run(tasks, split);
        List<PermutationPValue> otherSeed = new StratifiedPermutationTest(settings(3_000, 43, true)).run(tasks, split);

        assertEquals(first, second);
        assertEquals(first, sequential);
        for (int k = 0; k < first.size(); k++) {
            assertEquals(Double.doubleToRawLongBits(first.get(k).pValue()),
                    Double.doubleToRawLongBits(sequential.get(k).pValue()));
        }
        assertNotEquals(first, otherSeed);
    }

    @Test
    void handEnumeratedSingleClassCase() {
        // One class (ranked alone -> US, so it is in the Small group), nP 1,2 without and 3,4 with XAI.
        // The 6 ways to choose 2 of 4 as "with" give with-sums 3,4,5,5,6,7; only the observed {3,4} reaches 7.
        // Exact one-sided p = 1/6.
        List<TaskResult> tasks = List.of(TestData.no("x", 1, 1, 1), TestData.no("x", 2, 1, 1),
                TestData.with("x", 3, 1, 1), TestData.with("x", 4, 1, 1));
        SuperclassSplit split = SuperclassSplit.of(List.of(new ClassArchiveStats("x", 1, 1)));

        PermutationPValue p = find(new StratifiedPermutationTest(settings(60_000, 5, true)).run(tasks, split),
                Metric.NP, GainGroup.SMALL);

        assertEquals(7.0 / 3 - 1, p.observedGain(), 1e-12);
        assertEquals(1.0 / 6, p.pValue(), 4 * Math.sqrt(1.0 / 6 * 5 / 6 / 60_000));
        // nA is constant: every shuffle ties with the observed gain of 0 -> p = 1.
        assertEquals(1.0, find(new StratifiedPermutationTest(settings(100, 5, false)).run(tasks, split),
                Metric.NA, GainGroup.SMALL).pValue());
    }

    @Test
    void matchesBruteForceEnumerationOfAllStratifiedLabellings() {
        // Four classes (a=CL, b=CS, c=UL, d=US) with 3,3,2,3 tasks; 3*3*2*3 = 54 labellings in total.
        List<TaskResult> tasks = List.of(
                TestData.with("a", 14, 30, 410.5), TestData.no("a", 11, 28, 380.25), TestData.no("a", 12, 35, 505.0),
                TestData.with("b", 9, 22, 300.0), TestData.with("b", 13, 26, 350.75), TestData.no("b", 8, 30, 290.0),
                TestData.with("c", 12, 31, 333.3), TestData.no("c", 12, 29, 360.1),
                TestData.with("d", 7, 18, 250.0), TestData.no("d", 10, 20, 240.5), TestData.no("d", 6, 25, 260.0));
        SuperclassSplit split = SuperclassSplit.of(TestData.fourClasses());
        List<List<Boolean>> labellings = allStratifiedLabellings(tasks);
        assertEquals(54, labellings.size());
        List<Boolean> observedLabels = tasks.stream().map(task -> task.condition() == Condition.WITH_XAI).toList();
        int permutations = 40_000;

        List<PermutationPValue> results = new StratifiedPermutationTest(settings(permutations, 6, true)).run(tasks, split);

        for (PermutationPValue result : results) {
            double observed = meanRatioGain(tasks, observedLabels, split, result.metric(), result.group());
            assertEquals(observed, result.observedGain(), 1e-12);
            long atLeast = labellings.stream()
                    .filter(labels -> meanRatioGain(tasks, labels, split, result.metric(), result.group()) >= observed - 1e-9)
                    .count();
            double exact = atLeast / 54.0;
            double tolerance = 4 * Math.sqrt(exact * (1 - exact) / permutations) + 2.0 / permutations;
            assertEquals(exact, result.pValue(), tolerance, result.metric() + "/" + result.group());
        }
    }

    /** Independent gain: ratio of per-task means of the group under the given labels, minus 1. */
    private static double meanRatioGain(List<TaskResult> tasks, List<Boolean> withXai, SuperclassSplit split,
                                        Metric metric, GainGroup group) {
        List<Double> with = new ArrayList<>();
        List<Double> no = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            if (group.contains(split.superclassOf(tasks.get(i).queryClass()))) {
                (withXai.get(i) ? with : no).add(metric.valueOf(tasks.get(i)));
            }
        }
        double meanWith = with.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double meanNo = no.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return meanWith / meanNo - 1;
    }

    /** Every labelling that keeps the per-class count of with-XAI tasks, by brute force over all 2^n subsets. */
    private static List<List<Boolean>> allStratifiedLabellings(List<TaskResult> tasks) {
        Map<String, Long> required = tasks.stream().filter(task -> task.condition() == Condition.WITH_XAI)
                .collect(Collectors.groupingBy(TaskResult::queryClass, Collectors.counting()));
        List<List<Boolean>> labellings = new ArrayList<>();
        for (int mask = 0; mask < 1 << tasks.size(); mask++) {
            List<Boolean> labels = new ArrayList<>();
            Map<String, Long> counts = new HashMap<>();
            for (int i = 0; i < tasks.size(); i++) {
                boolean with = (mask & (1 << i)) != 0;
                labels.add(with);
                counts.merge(tasks.get(i).queryClass(), with ? 1L : 0L, Long::sum);
            }
            counts.values().removeIf(count -> count == 0);
            if (counts.equals(required)) {
                labellings.add(labels);
            }
        }
        return labellings;
    }
}
