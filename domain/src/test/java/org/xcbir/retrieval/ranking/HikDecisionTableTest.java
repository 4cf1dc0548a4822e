package org.xcbir.retrieval.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xcbir.retrieval.SyntheticClusters;

class HikDecisionTableTest {

    private static void assertRelativelyEqual(double expected, double actual) {
        double tolerance = 1e-9 * Math.max(1.0, Math.abs(expected));
        assertEquals(expected, actual, tolerance, () -> "naive " + expected + " vs fast " + actual);
    }

    @Test
    void fastDecisionValueEqualsTheNaiveKernelSumOnATrainedModel() {
        Random random = new Random(3);
        List<float[]> positives = new ArrayList<>();
        List<float[]> negatives = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            positives.add(SyntheticClusters.randomDescriptor(random, 256));
            negatives.add(SyntheticClusters.randomDescriptor(random, 256));
        }
        HikSvmModel model = (HikSvmModel) new HikSvmRanker().train(positives, negatives);

        for (int n = 0; n < 200; n++) {
            float[] x = SyntheticClusters.randomDescriptor(random, 256);
            assertRelativelyEqual(model.naiveDecisionValue(x), model.decisionValue(x));
            assertRelativelyEqual(model.naiveScore(x), model.score(x));
        }
        for (float[] trainingVector : positives) {
            assertRelativelyEqual(model.naiveDecisionValue(trainingVector), model.decisionValue(trainingVector));
        }
    }

    @Test
    void handlesTiesZerosOutOfRangeAndNegativeInputs() {
        float[][] support = {
            {0.0f, 0.5f, 0.2f, 0.7f},
            {0.3f, 0.5f, 0.0f, 0.7f},
            {0.3f, 0.1f, 0.9f, 0.7f},
        };
        double[] coefficients = {1.5, -0.75, -0.25};
        HikSvmModel model = new HikSvmModel(support, coefficients, 0.125, PlattScaling.LOGISTIC);
        float[][] inputs = {
            {0.3f, 0.5f, 0.0f, 0.7f},     // equal to support values (ties)
            {0f, 0f, 0f, 0f},             // below every support value
            {2f, 2f, 2f, 2f},             // above every support value
            {-0.4f, 0.2f, -1f, 0.8f},     // negatives count as 0
            {0.15f, 0.3f, 0.5f, 0.69f},   // strictly between support values
        };
        for (float[] x : inputs) {
            assertRelativelyEqual(model.naiveDecisionValue(x), model.decisionValue(x));
        }
        // Hand-computed: all mins are 0, so f = b; and above all supports f = b + Σ c_j·Σ_i s_ji.
        assertEquals(0.125, model.decisionValue(new float[4]), 1e-12);
        double expectedAbove = 0.125 + 1.5 * 1.4 - 0.75 * 1.5 - 0.25 * 2.0;
        assertEquals(expectedAbove, model.decisionValue(inputs[2]), 1e-6);
    }

    @Test
    void staysExactOnSparseQuantisedDataWithCrowdedBuckets() {
        // Many zeros and few distinct levels: support values pile up in the same buckets and
        // inputs hit them exactly, the cases where the bucket index must fall back to searching.
        Random random = new Random(13);
        int dimension = 96;
        float[][] support = new float[40][dimension];
        double[] coefficients = new double[support.length];
        for (int j = 0; j < support.length; j++) {
            coefficients[j] = random.nextGaussian();
            for (int i = 0; i < dimension; i++) {
                support[j][i] = random.nextInt(3) == 0 ? random.nextInt(5) / 4f : 0f;
            }
        }
        // Dimension 0 is zero in every support vector (a dimension the bucket index cannot scale).
        for (float[] vector : support) {
            vector[0] = 0f;
        }
        HikSvmModel model = new HikSvmModel(support, coefficients, -0.5, PlattScaling.LOGISTIC);

        for (int n = 0; n < 300; n++) {
            float[] x = new float[dimension];
            for (int i = 0; i < dimension; i++) {
                int kind = random.nextInt(4);
                x[i] = kind == 0 ? 0f : kind == 1 ? random.nextInt(6) / 4f : kind == 2 ? random.nextFloat() * 1.5f
                        : Math.nextUp(random.nextInt(5) / 4f);
            }
            assertRelativelyEqual(model.naiveDecisionValue(x), model.decisionValue(x));
        }
    }

    @Test
    void batchScoresAreBitIdenticalToSingleScores() {
        Random random = new Random(19);
        List<float[]> positives = new ArrayList<>();
        List<float[]> negatives = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            positives.add(SyntheticClusters.randomDescriptor(random, 128));
            negatives.add(SyntheticClusters.randomDescriptor(random, 128));
        }
        HikSvmModel model = (HikSvmModel) new HikSvmRanker().train(positives, negatives);
        // 100 vectors: more than one block, and a partial last block.
        float[][] vectors = new float[100][];
        for (int n = 0; n < vectors.length; n++) {
            vectors[n] = SyntheticClusters.randomDescriptor(random, 128);
        }

        double[] batch = model.scoreAll(vectors);

        for (int n = 0; n < vectors.length; n++) {
            assertEquals(model.score(vectors[n]), batch[n], 0.0);
        }
    }

    @Test
    void negativeComponentsScoreLikeZeros() {
        float[][] support = {{0.2f, 0.4f}, {0.6f, 0.1f}};
        HikSvmModel model = new HikSvmModel(support, new double[] {1.0, -1.0}, 0.0, PlattScaling.LOGISTIC);

        assertEquals(model.decisionValue(new float[] {0f, 0.3f}), model.decisionValue(new float[] {-5f, 0.3f}));
        assertEquals(model.naiveDecisionValue(new float[] {0f, 0.3f}),
                model.naiveDecisionValue(new float[] {-5f, 0.3f}));
    }

    @Test
    void rejectsVectorsOfAnotherDimension() {
        HikSvmModel model = new HikSvmModel(new float[][] {{0.1f, 0.2f}}, new double[] {1}, 0, PlattScaling.LOGISTIC);

        assertThrows(IllegalArgumentException.class, () -> model.decisionValue(new float[3]));
    }

    @Test
    void scoresAreProbabilities() {
        Random random = new Random(5);
        List<float[]> positives = List.of(SyntheticClusters.randomDescriptor(random, 32));
        List<float[]> negatives = List.of(SyntheticClusters.randomDescriptor(random, 32),
                SyntheticClusters.randomDescriptor(random, 32));
        TrainedRanker model = new HikSvmRanker().train(positives, negatives);

        for (int n = 0; n < 50; n++) {
            double score = model.score(SyntheticClusters.randomDescriptor(random, 32));
            assertTrue(score >= 0 && score <= 1, "score " + score);
        }
    }
}
