package org.xcbir.retrieval.ranking;

/**
 * Platt's sigmoid P(relevant | f) = 1 / (1 + exp(A·f + B)) mapping a decision value to a
 * probability, evaluated exactly as LIBSVM's {@code sigmoid_predict} (overflow-safe branches).
 */
record PlattScaling(double a, double b) {

    /** The logistic function itself, for models whose decision value already is a log-odds. */
    static final PlattScaling LOGISTIC = new PlattScaling(-1.0, 0.0);

    double probability(double decisionValue) {
        double fApB = decisionValue * a + b;
        if (fApB >= 0) {
            return Math.exp(-fApB) / (1.0 + Math.exp(-fApB));
        }
        return 1.0 / (1.0 + Math.exp(fApB));
    }
}
