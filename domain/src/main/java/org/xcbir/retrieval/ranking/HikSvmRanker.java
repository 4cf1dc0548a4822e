package org.xcbir.retrieval.ranking;

import java.util.List;
import libsvm.svm_model;
import libsvm.svm_node;
import libsvm.svm_parameter;

/**
 * The paper's ranker: C-SVC (C = 2) with the histogram-intersection kernel, positive class
 * weight max(1, #neg/#pos) and Platt probabilities, trained by LIBSVM on a precomputed kernel
 * matrix (LIBSVM has no built-in HIK).
 */
public final class HikSvmRanker implements Ranker {

    public static final String NAME = "hik-svm";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TrainedRanker train(List<float[]> positives, List<float[]> negatives) {
        TrainingExamples examples = TrainingExamples.of(positives, negatives);
        int n = examples.size();
        float[][] clamped = new float[n][];
        for (int i = 0; i < n; i++) {
            clamped[i] = HistogramIntersection.nonNegative(examples.example(i));
        }
        svm_model model = LibSvm.train(precomputedKernelRows(clamped), examples, svm_parameter.PRECOMPUTED);

        int count = model.l;
        float[][] supportVectors = new float[count][];
        double[] coefficients = new double[count];
        for (int j = 0; j < count; j++) {
            // In precomputed mode a support vector is only its 1-based serial number (node 0).
            int serial = (int) model.SV[j][0].value;
            supportVectors[j] = clamped[serial - 1];
            coefficients[j] = model.sv_coef[0][j];
        }
        return new HikSvmModel(supportVectors, coefficients, LibSvm.bias(model), LibSvm.plattScaling(model));
    }

    /** Row i: node 0 = serial i+1 (LIBSVM's precomputed format), nodes 1..n = K(x_i, x_j). */
    private static svm_node[][] precomputedKernelRows(float[][] x) {
        int n = x.length;
        double[][] kernel = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                kernel[i][j] = HistogramIntersection.kernelOfNonNegative(x[i], x[j]);
                kernel[j][i] = kernel[i][j];
            }
        }
        svm_node[][] rows = new svm_node[n][n + 1];
        for (int i = 0; i < n; i++) {
            rows[i][0] = node(0, i + 1);
            for (int j = 0; j < n; j++) {
                rows[i][j + 1] = node(j + 1, kernel[i][j]);
            }
        }
        return rows;
    }

    static svm_node node(int index, double value) {
        svm_node node = new svm_node();
        node.index = index;
        node.value = value;
        return node;
    }
}
