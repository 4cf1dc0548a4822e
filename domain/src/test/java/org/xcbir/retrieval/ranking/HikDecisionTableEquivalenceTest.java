package org.xcbir.retrieval.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xcbir.retrieval.SyntheticClusters;
import org.xcbir.retrieval.workingset.WorkingSet;

/**
 * The cell-index {@link HikDecisionTable} must reproduce the bucket-and-binary-search table it
 * replaced ({@link ReferenceHikDecisionTable}, a verbatim copy) bit for bit: same r per
 * dimension, same precomputed pieces, same summation order. assertArrayEquals on doubles
 * compares the raw bits, so "equal" here means identical, not merely within a tolerance.
 */
class HikDecisionTableEquivalenceTest {

    private static void assertSameDecisionValues(float[][] support, double[] coefficients, double bias, float[][] xs) {
        double[] expected = new ReferenceHikDecisionTable(support, coefficients, bias).decisionValues(xs);
        HikDecisionTable table = new HikDecisionTable(support, coefficients, bias);
        assertArrayEquals(expected, table.decisionValues(xs));
        for (int n = 0; n < xs.length; n += 7) {
            assertEquals(expected[n], table.decisionValue(xs[n]), 0.0);
        }
    }

    @Test
    void trainedModelAtBenchmarkScaleScoresAndRanksExactlyAsTheReferenceTable() {
        Random random = new Random(2026);
        int dimension = 1280;
        // 3,001 members: several vector blocks and a partial last one; 1280 = 10 dimension slices.
        WorkingSet workingSet = SyntheticClusters.uniformWorkingSet(random, 3001, dimension);
        HikSvmModel model = RandomHikModels.trainedOnMembers(workingSet, random);
        ReferenceHikDecisionTable reference = new ReferenceHikDecisionTable(
                model.supportVectors(), model.coefficients(), model.bias());

        float[][] vectors = new float[workingSet.size()][];
        for (int n = 0; n < vectors.length; n++) {
            vectors[n] = workingSet.vectorAt(n);
        }
        double[] expected = reference.decisionValues(vectors);
        for (int n = 0; n < expected.length; n++) {
            expected[n] = model.platt().probability(expected[n]);
        }

        assertArrayEquals(expected, model.scoreAll(vectors));
        for (int n = 0; n < vectors.length; n += 97) {
            assertEquals(expected[n], model.score(vectors[n]), 0.0);
        }
        RefinedRanking referenceRanking = RefinedRanking.of(workingSet,
                vector -> model.platt().probability(reference.decisionValue(vector)));
        assertEquals(referenceRanking.all(), RefinedRanking.sorted(workingSet, model.scoreAll(vectors)).all());
    }

    @Test
    void randomModelsOfOddSizesMatchBitForBit() {
        Random random = new Random(41);
        // Dimensions not a multiple of the slice width, and support counts from 1 to many.
        int[][] shapes = {{1, 1}, {7, 3}, {130, 20}, {300, 64}, {257, 300}};
        for (int[] shape : shapes) {
            int dimension = shape[0];
            float[][] support = SyntheticClusters.randomDescriptors(random, shape[1], dimension);
            double[] coefficients = RandomHikModels.gaussians(random, shape[1]);
            float[][] xs = SyntheticClusters.randomDescriptors(random, 131, dimension);
            // Training vectors themselves: every support value is hit exactly.
            System.arraycopy(support, 0, xs, 0, Math.min(support.length, xs.length));
            assertSameDecisionValues(support, coefficients, random.nextGaussian(), xs);
        }
    }

    @Test
    void crowdedCellsTiesAndExtremeInputsMatchBitForBit() {
        // Few distinct levels, many zeros and ties: cells with one repeated value and cells with
        // several distinct values (the binary-search fallback) both occur; inputs hit support
        // values exactly, just above and below them, and outside the range.
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
        for (float[] vector : support) {
            vector[0] = 0f;                                      // a dimension that is 0 everywhere
            vector[1] = Float.MIN_VALUE;                         // a denormal maximum (huge cell scale)
            vector[2] = 1e-3f * (1 + random.nextInt(1000));      // many distinct values, some equal
        }
        support[3][4] = Float.MAX_VALUE;
        support[5][5] = Float.POSITIVE_INFINITY;
        float[] specials = {0f, -0f, -1f, Float.NaN, Float.MIN_VALUE, Float.MAX_VALUE, Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY, 0.25f, Math.nextUp(0.25f), Math.nextDown(0.25f), 1f, Math.nextUp(1f), 2f};

        float[][] xs = new float[500][dimension];
        for (float[] x : xs) {
            for (int i = 0; i < dimension; i++) {
                float s = support[random.nextInt(support.length)][i];
                x[i] = switch (random.nextInt(5)) {
                    case 0 -> s;
                    case 1 -> Math.nextUp(s);
                    case 2 -> Math.nextDown(s);
                    case 3 -> specials[random.nextInt(specials.length)];
                    default -> random.nextFloat() * 1.5f;
                };
            }
        }
        assertSameDecisionValues(support, coefficients, -0.5, xs);
    }

    @Test
    void handMadeModelsWithNegativeOrSignedZeroSupportValuesMatch() {
        // Trained models store clamped vectors, but the table accepts any floats.
        float[][] support = {
            {-0f, 0.5f, -0.2f, 0.7f},
            {0.3f, -0f, 0.0f, 0.7f},
            {-1f, 0.1f, 0.9f, 0f},
        };
        double[] coefficients = {1.5, -0.75, -0.25};
        float[][] xs = {
            {0.3f, 0.5f, 0.0f, 0.7f},
            {0f, 0f, 0f, 0f},
            {-0f, -0f, -0f, -0f},
            {2f, 2f, 2f, 2f},
            {-0.4f, 0.2f, -1f, 0.8f},
            {Float.NaN, 0.05f, 0.95f, 0.69f},
        };
        assertSameDecisionValues(support, coefficients, 0.125, xs);
    }
}
