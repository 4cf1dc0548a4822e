package org.xcbir.retrieval.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.xcbir.retrieval.workingset.WorkingSet;

/** HIK-SVM models for scoring tests, shaped like the benchmark's. */
final class RandomHikModels {

    private RandomHikModels() {
    }

    /** Trained on 10 random members as positives against 10 others, as in the refine benchmark. */
    static HikSvmModel trainedOnMembers(WorkingSet workingSet, Random random) {
        List<float[]> positives = new ArrayList<>();
        List<float[]> negatives = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            positives.add(workingSet.vectorAt(random.nextInt(workingSet.size())));
            negatives.add(workingSet.vectorAt(random.nextInt(workingSet.size())));
        }
        return (HikSvmModel) new HikSvmRanker().train(positives, negatives);
    }

    static double[] gaussians(Random random, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = random.nextGaussian();
        }
        return values;
    }
}
