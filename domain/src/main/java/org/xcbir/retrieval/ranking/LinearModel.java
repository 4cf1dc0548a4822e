package org.xcbir.retrieval.ranking;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A trained linear ranker: P(relevant) = sigmoid over w·x + b. Both the linear SVM (with its
 * Platt sigmoid) and logistic regression (plain logistic function) end up in this form, so
 * scoring a vector costs one dot product.
 */
final class LinearModel implements TrainedRanker {

    private final String rankerName;
    private final double[] weights;
    private final double bias;
    private final PlattScaling sigmoid;

    LinearModel(String rankerName, double[] weights, double bias, PlattScaling sigmoid) {
        this.rankerName = rankerName;
        this.weights = weights;
        this.bias = bias;
        this.sigmoid = sigmoid;
    }

    @Override
    public String rankerName() {
        return rankerName;
    }

    @Override
    public double score(float[] vector) {
        return sigmoid.probability(decisionValue(vector));
    }

    double decisionValue(float[] vector) {
        if (vector.length != weights.length) {
            throw new IllegalArgumentException("dimension mismatch: " + vector.length + " vs " + weights.length);
        }
        double sum = bias;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * vector[i];
        }
        return sum;
    }

    @Override
    public void writeParametersTo(DataOutputStream out) throws IOException {
        out.writeInt(weights.length);
        for (double weight : weights) {
            out.writeDouble(weight);
        }
        out.writeDouble(bias);
        out.writeDouble(sigmoid.a());
        out.writeDouble(sigmoid.b());
    }

    static LinearModel readParametersFrom(String rankerName, DataInputStream in) throws IOException {
        double[] weights = new double[in.readInt()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = in.readDouble();
        }
        double bias = in.readDouble();
        return new LinearModel(rankerName, weights, bias, new PlattScaling(in.readDouble(), in.readDouble()));
    }
}
