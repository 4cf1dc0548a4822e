package org.xcbir.retrieval.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.xcbir.retrieval.SyntheticClusters;
import org.xcbir.retrieval.workingset.QuantisedVectors;
import org.xcbir.retrieval.workingset.WorkingSet;

/** The HIK SVM scoring the working set's 8-bit codes through per-dimension level tables. */
class QuantisedHikScoringTest {

    @Test
    void levelTablesGiveTheDecisionValuesOfTheDecodedVectors() {
        Random random = new Random(17);
        for (int[] shape : new int[][] {{1, 1}, {7, 3}, {130, 20}, {257, 64}}) {
            int dimension = shape[0];
            float[][] support = SyntheticClusters.randomDescriptors(random, shape[1], dimension);
            double[] coefficients = RandomHikModels.gaussians(random, shape[1]);
            float[][] xs = SyntheticClusters.randomDescriptors(random, 150, dimension);
            QuantisedVectors quantised = QuantisedVectors.of(xs);
            float[][] decoded = new float[xs.length][];
            for (int n = 0; n < xs.length; n++) {
                decoded[n] = quantised.decoded(n);
            }
            HikDecisionTable table = new HikDecisionTable(support, coefficients, 0.3);
            double[] expected = table.decisionValues(decoded);
            double[] actual = table.decisionValues(quantised, 0, xs.length);
            for (int n = 0; n < xs.length; n++) {
                // the table holds floats: relative rounding of about 1e-7 per dimension
                assertEquals(expected[n], actual[n], 1e-5 * (1 + Math.abs(expected[n])), shape[0] + "×" + shape[1] + " #" + n);
            }
            assertArrayEquals(java.util.Arrays.copyOfRange(actual, 64, 130), table.decisionValues(quantised, 64, 130),
                    "a range scores like the same members of the whole");
        }
    }

    @Test
    void rankingOfABenchmarkSizedWorkingSetAgreesWithTheFloatScoring() {
        Random random = new Random(2026);
        WorkingSet workingSet = SyntheticClusters.uniformWorkingSet(random, 3000, 1280);
        HikSvmModel model = RandomHikModels.trainedOnMembers(workingSet, random);
        float[][] vectors = new float[workingSet.size()][];
        for (int n = 0; n < vectors.length; n++) {
            vectors[n] = workingSet.vectorAt(n);
        }
        RefinedRanking exact = RefinedRanking.sorted(workingSet, model.scoreAll(vectors));
        RefinedRanking quantised = RefinedRanking.of(workingSet, model);

        double[] exactScores = model.scoreAll(vectors);
        double[] quantisedScores = model.scoreMembers(workingSet, 0, workingSet.size());
        double worst = 0;
        for (int n = 0; n < vectors.length; n++) {
            worst = Math.max(worst, Math.abs(exactScores[n] - quantisedScores[n]));
        }
        assertTrue(worst < 1e-3, "probabilities move by less than 0.001: " + worst);
        assertTrue(overlap(exact, quantised, 20) >= 18, "top 20: " + overlap(exact, quantised, 20));
        assertTrue(overlap(exact, quantised, 100) >= 95, "top 100: " + overlap(exact, quantised, 100));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertEquals(quantised.all(), RefinedRanking.of(workingSet, model, pool, 3).all(), "parallel parts agree");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anEmptyWorkingSetRanksToNothing() {
        Random random = new Random(31);
        HikSvmModel model = RandomHikModels.trainedOnMembers(SyntheticClusters.uniformWorkingSet(random, 50, 16), random);
        assertEquals(0, RefinedRanking.of(WorkingSet.empty(), model).size());
    }

    private static int overlap(RefinedRanking a, RefinedRanking b, int k) {
        Set<Long> top = new HashSet<>();
        a.page(0, k).forEach(s -> top.add(s.imageId()));
        return (int) b.page(0, k).stream().filter(s -> top.contains(s.imageId())).count();
    }
}
