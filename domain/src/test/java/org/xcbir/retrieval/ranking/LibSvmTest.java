package org.xcbir.retrieval.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import libsvm.svm_model;
import org.junit.jupiter.api.Test;

class LibSvmTest {

    private static svm_model modelWithPlatt(double a, double b) {
        svm_model model = new svm_model();
        model.probA = new double[] {a};
        model.probB = new double[] {b};
        return model;
    }

    @Test
    void keepsADecreasingPlattSigmoid() {
        assertEquals(new PlattScaling(-2.5, 0.25), LibSvm.plattScaling(modelWithPlatt(-2.5, 0.25)));
    }

    @Test
    void replacesAnInvertedOrFlatPlattSigmoidByTheLogistic() {
        assertEquals(PlattScaling.LOGISTIC, LibSvm.plattScaling(modelWithPlatt(0.8, -0.3)));
        assertEquals(PlattScaling.LOGISTIC, LibSvm.plattScaling(modelWithPlatt(0.0, 1.0)));
    }

    @Test
    void plattProbabilityRisesWithTheDecisionValueAndStaysInRange() {
        PlattScaling platt = new PlattScaling(-3.0, 0.5);
        double previous = -1;
        for (double f = -400; f <= 400; f += 0.5) {
            double p = platt.probability(f);
            assertTrue(p >= 0 && p <= 1 && p >= previous, "p(" + f + ") = " + p);
            previous = p;
        }
        assertEquals(1 / (1 + Math.exp(-3.0 * 0.2 + 0.5)), platt.probability(0.2), 1e-15);
    }
}
