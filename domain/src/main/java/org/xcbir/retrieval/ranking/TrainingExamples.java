package org.xcbir.retrieval.ranking;

import java.util.List;

/** Checked training input shared by all rankers: both classes present, one dimension. */
record TrainingExamples(List<float[]> positives, List<float[]> negatives, int dimension) {

    static TrainingExamples of(List<float[]> positives, List<float[]> negatives) {
        if (positives.isEmpty() || negatives.isEmpty()) {
            throw new IllegalArgumentException("need at least one positive and one negative, got "
                    + positives.size() + " and " + negatives.size());
        }
        int dimension = positives.get(0).length;
        for (List<float[]> examples : List.of(positives, negatives)) {
            for (float[] example : examples) {
                if (example.length != dimension) {
                    throw new IllegalArgumentException("dimension mismatch: " + example.length + " vs " + dimension);
                }
            }
        }
        return new TrainingExamples(List.copyOf(positives), List.copyOf(negatives), dimension);
    }

    int size() {
        return positives.size() + negatives.size();
    }

    /** Positives first, then negatives: LIBSVM then takes the positive class as its first label. */
    float[] example(int index) {
        return index < positives.size() ? positives.get(index) : negatives.get(index - positives.size());
    }

    boolean isPositive(int index) {
        return index < positives.size();
    }

    double positiveClassWeight() {
        return ClassWeights.positiveWeight(positives.size(), negatives.size());
    }
}
