package org.xcbir.retrieval.ranking;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.xcbir.retrieval.workingset.QuantisedVectors;
import org.xcbir.retrieval.workingset.WorkingSet;

/**
 * A trained HIK-SVM: support vectors with their coefficients α·y, the bias and Platt's
 * sigmoid. Scores with {@link HikDecisionTable}; {@link #naiveScore} is the textbook sum the
 * fast path is verified and benchmarked against.
 */
public final class HikSvmModel implements TrainedRanker {

    private final float[][] supportVectors;
    private final double[] coefficients;
    private final double bias;
    private final PlattScaling platt;
    private final HikDecisionTable table;

    HikSvmModel(float[][] supportVectors, double[] coefficients, double bias, PlattScaling platt) {
        if (supportVectors.length == 0 || supportVectors.length != coefficients.length) {
            throw new IllegalArgumentException("need matching, non-empty support vectors and coefficients");
        }
        this.supportVectors = supportVectors;
        this.coefficients = coefficients;
        this.bias = bias;
        this.platt = platt;
        this.table = new HikDecisionTable(supportVectors, coefficients, bias);
    }

    @Override
    public String rankerName() {
        return HikSvmRanker.NAME;
    }

    @Override
    public double score(float[] vector) {
        return platt.probability(decisionValue(vector));
    }

    @Override
    public double[] scoreAll(float[][] vectors) {
        return probabilities(table.decisionValues(vectors));
    }

    /**
     * Scores of the members' 8-bit codes ({@link WorkingSet#quantised()}): one table read per
     * value, several times faster than {@link #scoreAll} on the floats, with scores that differ
     * from it only by the quantisation (at most half a level per value).
     */
    @Override
    public double[] scoreMembers(WorkingSet workingSet, int from, int to) {
        return scoreAll(workingSet.quantised(), from, to);
    }

    double[] scoreAll(QuantisedVectors vectors, int from, int to) {
        return probabilities(table.decisionValues(vectors, from, to));
    }

    private double[] probabilities(double[] decisionValues) {
        for (int n = 0; n < decisionValues.length; n++) {
            decisionValues[n] = platt.probability(decisionValues[n]);
        }
        return decisionValues;
    }

    /** Same probability as {@link #score} via the O(d·m) kernel sum; reference only. */
    public double naiveScore(float[] vector) {
        return platt.probability(naiveDecisionValue(vector));
    }

    double decisionValue(float[] vector) {
        return table.decisionValue(vector);
    }

    double naiveDecisionValue(float[] vector) {
        float[] x = HistogramIntersection.nonNegative(vector);
        double sum = bias;
        for (int j = 0; j < supportVectors.length; j++) {
            sum += coefficients[j] * HistogramIntersection.kernelOfNonNegative(x, supportVectors[j]);
        }
        return sum;
    }

    // the parameters, for tests that check the decision table against a reference implementation

    float[][] supportVectors() {
        return supportVectors;
    }

    double[] coefficients() {
        return coefficients;
    }

    double bias() {
        return bias;
    }

    PlattScaling platt() {
        return platt;
    }

    public int supportVectorCount() {
        return supportVectors.length;
    }

    @Override
    public void writeParametersTo(DataOutputStream out) throws IOException {
        out.writeInt(supportVectors[0].length);
        out.writeInt(supportVectors.length);
        for (int j = 0; j < supportVectors.length; j++) {
            out.writeDouble(coefficients[j]);
            for (float value : supportVectors[j]) {
                out.writeFloat(value);
            }
        }
        out.writeDouble(bias);
        out.writeDouble(platt.a());
        out.writeDouble(platt.b());
    }

    static HikSvmModel readParametersFrom(DataInputStream in) throws IOException {
        int dimension = in.readInt();
        int count = in.readInt();
        float[][] supportVectors = new float[count][dimension];
        double[] coefficients = new double[count];
        for (int j = 0; j < count; j++) {
            coefficients[j] = in.readDouble();
            for (int i = 0; i < dimension; i++) {
                supportVectors[j][i] = in.readFloat();
            }
        }
        double bias = in.readDouble();
        return new HikSvmModel(supportVectors, coefficients, bias, new PlattScaling(in.readDouble(), in.readDouble()));
    }
}
