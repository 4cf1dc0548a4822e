package org.xcbir.retrieval.ranking;

import java.util.List;
import libsvm.svm_model;
import libsvm.svm_node;
import libsvm.svm_parameter;

/**
 * C-SVC with a linear kernel (LIBSVM), same C, class weight and Platt probabilities as the
 * HIK ranker. The support vectors are folded into one weight vector w = Σ α_j·y_j·s_j.
 */
public final class LinearSvmRanker implements Ranker {

    public static final String NAME = "linear-svm";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TrainedRanker train(List<float[]> positives, List<float[]> negatives) {
        TrainingExamples examples = TrainingExamples.of(positives, negatives);
        svm_node[][] rows = new svm_node[examples.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = sparseRow(examples.example(i));
        }
        svm_model model = LibSvm.train(rows, examples, svm_parameter.LINEAR);

        double[] weights = new double[examples.dimension()];
        for (int j = 0; j < model.l; j++) {
            for (svm_node node : model.SV[j]) {
                weights[node.index - 1] += model.sv_coef[0][j] * node.value;
            }
        }
        return new LinearModel(NAME, weights, LibSvm.bias(model), LibSvm.plattScaling(model));
    }

    /** LIBSVM's sparse format: 1-based indices, zeros omitted. */
    private static svm_node[] sparseRow(float[] vector) {
        int nonZero = 0;
        for (float value : vector) {
            if (value != 0f) {
                nonZero++;
            }
        }
        svm_node[] row = new svm_node[nonZero];
        int next = 0;
        for (int i = 0; i < vector.length; i++) {
            if (vector[i] != 0f) {
                row[next++] = HikSvmRanker.node(i + 1, vector[i]);
            }
        }
        return row;
    }
}
