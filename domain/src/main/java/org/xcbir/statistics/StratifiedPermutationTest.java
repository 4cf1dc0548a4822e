package org.xcbir.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.MathArrays;

/**
 * The paper's permutation ("randomisation") test of the XAI gain (§4, "Quantifiable Metrics").
 *
 * <p>Null hypothesis: the metric does not depend on the condition. Each shuffle re-assigns the
 * with/no-XAI labels at random <em>within each query class</em> (sampling without replacement), so
 * every class keeps its number of with-XAI and no-XAI data points; consequently every superclass and
 * gain group keeps its task counts and only the sums in {@link XaiGain} change. The statistic is the
 * gain of {@link XaiGain} for a group; the test is one-sided in the direction the paper hypothesises
 * (with-XAI larger): p = (1 + #{shuffled gain >= observed gain}) / (1 + N). The "+1" counts the observed
 * labelling as one of the permutations, so p is never 0 and is a valid p-value for a Monte-Carlo test.
 *
 * <p>Reproducibility: shuffles are split into fixed blocks; block b draws from a Well19937c generator
 * seeded with the b-th value of a SplittableRandom(seed). Counts are integers, so summing block results
 * in any order (parallel or not) gives bitwise-identical p-values.
 */
public final class StratifiedPermutationTest {

    /** Relative slack so that a shuffle equal to the observed labelling in value is never missed by rounding. */
    private static final double TIE_TOLERANCE = 1e-12;

    /** Sees every shuffled labelling (index = position in the data list, true = with-XAI); for tests. */
    interface ShuffleObserver {
        /** The array is reused by the caller: copy it to keep it. May be called from several threads. */
        void onShuffle(int permutation, boolean[] withXai);
    }

    private final PermutationSettings settings;
    private final ShuffleObserver observer;

    public StratifiedPermutationTest(PermutationSettings settings) {
        this(settings, null);
    }

    StratifiedPermutationTest(PermutationSettings settings, ShuffleObserver observer) {
        this.settings = settings;
        this.observer = observer;
    }

    /** One p-value per metric and gain group, in enum order. */
    public List<PermutationPValue> run(List<TaskResult> tasks, SuperclassSplit split) {
        Data data = new Data(tasks, split);
        double[] observed = data.gains(data.observedLabels);
        long[] seeds = blockSeeds();
        IntStream blocks = IntStream.range(0, seeds.length);
        long[] atLeastAsLarge = (settings.parallel() ? blocks.parallel() : blocks)
                .mapToObj(block -> runBlock(data, block, seeds[block], observed))
                .reduce(new long[observed.length], StratifiedPermutationTest::add);
        List<PermutationPValue> results = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            for (GainGroup group : GainGroup.values()) {
                int k = Data.slot(metric, group);
                double p = Double.isNaN(observed[k]) ? Double.NaN
                        : (1.0 + atLeastAsLarge[k]) / (1.0 + settings.permutations());
                results.add(new PermutationPValue(metric, group, observed[k], atLeastAsLarge[k],
                        settings.permutations(), p, settings.alpha()));
            }
        }
        return results;
    }

    private long[] blockSeeds() {
        int blocks = (settings.permutations() + settings.blockSize() - 1) / settings.blockSize();
        SplittableRandom master = new SplittableRandom(settings.seed());
        long[] seeds = new long[blocks];
        for (int b = 0; b < blocks; b++) {
            seeds[b] = master.nextLong();
        }
        return seeds;
    }

    private long[] runBlock(Data data, int block, long seed, double[] observed) {
        RandomGenerator random = new Well19937c(seed);
        int first = block * settings.blockSize();
        int end = Math.min(settings.permutations(), first + settings.blockSize());
        boolean[] labels = new boolean[data.size()];
        long[] counts = new long[observed.length];
        for (int permutation = first; permutation < end; permutation++) {
            data.shuffleWithinClasses(random, labels);
            if (observer != null) {
                observer.onShuffle(permutation, labels);
            }
            double[] gains = data.gains(labels);
            for (int k = 0; k < gains.length; k++) {
                if (gains[k] >= observed[k] - TIE_TOLERANCE * Math.max(1, Math.abs(observed[k]))) {
                    counts[k]++;
                }
            }
        }
        return counts;
    }

    private static long[] add(long[] a, long[] b) {
        long[] sum = new long[a.length];
        for (int k = 0; k < a.length; k++) {
            sum[k] = a[k] + b[k];
        }
        return sum;
    }

    /** The tasks flattened into arrays so a shuffle costs no allocation beyond label copies. */
    private static final class Data {
        private final double[][] values;
        private final boolean[][] inGroup;
        private final boolean[] observedLabels;
        private final int[][] strata;
        private final int[][] strataLabels;

        Data(List<TaskResult> tasks, SuperclassSplit split) {
            int n = tasks.size();
            values = new double[Metric.values().length][n];
            inGroup = new boolean[GainGroup.values().length][n];
            observedLabels = new boolean[n];
            Map<String, List<Integer>> byClass = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                TaskResult task = tasks.get(i);
                for (Metric metric : Metric.values()) {
                    values[metric.ordinal()][i] = metric.valueOf(task);
                }
                Superclass superclass = split.superclassOf(task.queryClass());
                for (GainGroup group : GainGroup.values()) {
                    inGroup[group.ordinal()][i] = group.contains(superclass);
                }
                observedLabels[i] = task.condition() == Condition.WITH_XAI;
                byClass.computeIfAbsent(task.queryClass(), key -> new ArrayList<>()).add(i);
            }
            strata = byClass.values().stream()
                    .map(indices -> indices.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
            strataLabels = new int[strata.length][];
            for (int s = 0; s < strata.length; s++) {
                strataLabels[s] = IntStream.of(strata[s]).map(i -> observedLabels[i] ? 1 : 0).toArray();
            }
        }

        int size() {
            return observedLabels.length;
        }

        static int slot(Metric metric, GainGroup group) {
            return metric.ordinal() * GainGroup.values().length + group.ordinal();
        }

        /** Writes into {@code labels} a random labelling with each class's label counts unchanged. */
        void shuffleWithinClasses(RandomGenerator random, boolean[] labels) {
            for (int s = 0; s < strata.length; s++) {
                int[] shuffled = strataLabels[s].clone();
                MathArrays.shuffle(shuffled, random);
                for (int k = 0; k < shuffled.length; k++) {
                    labels[strata[s][k]] = shuffled[k] == 1;
                }
            }
        }

        double[] gains(boolean[] labels) {
            double[] gains = new double[Metric.values().length * GainGroup.values().length];
            for (Metric metric : Metric.values()) {
                double[] metricValues = values[metric.ordinal()];
                for (GainGroup group : GainGroup.values()) {
                    boolean[] member = inGroup[group.ordinal()];
                    double sumWith = 0;
                    double sumNo = 0;
                    int countWith = 0;
                    int countNo = 0;
                    for (int i = 0; i < labels.length; i++) {
                        if (!member[i]) {
                            continue;
                        }
                        if (labels[i]) {
                            sumWith += metricValues[i];
                            countWith++;
                        } else {
                            sumNo += metricValues[i];
                            countNo++;
                        }
                    }
                    gains[slot(metric, group)] = XaiGain.gain(sumWith, countWith, sumNo, countNo);
                }
            }
            return gains;
        }
    }
}
