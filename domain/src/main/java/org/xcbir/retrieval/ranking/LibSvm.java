package org.xcbir.retrieval.ranking;

import java.util.Arrays;
import libsvm.svm;
import libsvm.svm_model;
import libsvm.svm_node;
import libsvm.svm_parameter;
import libsvm.svm_problem;

/** The paper's LIBSVM settings and the guards LIBSVM's global state needs. */
final class LibSvm {

    static final double C = 2.0;
    static final double POSITIVE_LABEL = 1.0;
    static final double NEGATIVE_LABEL = -1.0;
    /** Fixed so Platt's internal cross-validation split, and thus every score, is reproducible. */
    private static final long SEED = 42L;

    static {
        // LIBSVM prints progress to stdout by default.
        svm.svm_set_print_string_function(message -> { });
    }

    private LibSvm() {
    }

    /**
     * Trains a C-SVC with Platt probabilities. Training is serialised JVM-wide because LIBSVM
     * draws Platt's cross-validation folds from one static {@code Random}; reseeding it under
     * the lock makes each training deterministic. The problems are tiny (tens of examples),
     * so the lock is held for milliseconds.
     */
    static svm_model train(svm_node[][] examples, TrainingExamples labelsFrom, int kernelType) {
        svm_problem problem = new svm_problem();
        problem.l = examples.length;
        problem.x = examples;
        problem.y = new double[examples.length];
        for (int i = 0; i < examples.length; i++) {
            problem.y[i] = labelsFrom.isPositive(i) ? POSITIVE_LABEL : NEGATIVE_LABEL;
        }

        svm_parameter parameter = new svm_parameter();
        parameter.svm_type = svm_parameter.C_SVC;
        parameter.kernel_type = kernelType;
        parameter.C = C;
        parameter.eps = 1e-3;
        parameter.cache_size = 16;
        parameter.shrinking = 1;
        parameter.probability = 1;
        parameter.nr_weight = 1;
        parameter.weight_label = new int[] {(int) POSITIVE_LABEL};
        parameter.weight = new double[] {labelsFrom.positiveClassWeight()};

        String problemError = svm.svm_check_parameter(problem, parameter);
        if (problemError != null) {
            throw new IllegalArgumentException("LIBSVM rejected the problem: " + problemError);
        }
        svm_model model;
        synchronized (svm.class) {
            svm.rand.setSeed(SEED);
            model = svm.svm_train(problem, parameter);
        }
        if (model.nr_class != 2 || model.label[0] != (int) POSITIVE_LABEL) {
            // Positives come first in every problem, so LIBSVM must list them as its first label.
            throw new IllegalStateException("unexpected LIBSVM labels " + Arrays.toString(model.label));
        }
        return model;
    }

    /** Decision value sign convention: LIBSVM's f = Σ coef·K − rho is positive for label[0]. */
    static double bias(svm_model model) {
        return -model.rho[0];
    }

    /**
     * LIBSVM fits Platt's sigmoid on 5-fold cross-validated decision values. With the handful
     * of examples a user adjudicates, those can be anti-correlated with the labels, and the
     * fitted slope comes out A ≥ 0: the "probability" would then fall as the SVM's own
     * decision value rises and invert the ranking. In that case the uncalibrated but
     * monotone logistic of the decision value, 1 / (1 + e^−f), is used instead.
     */
    static PlattScaling plattScaling(svm_model model) {
        double a = model.probA[0];
        return a < 0 ? new PlattScaling(a, model.probB[0]) : PlattScaling.LOGISTIC;
    }
}
