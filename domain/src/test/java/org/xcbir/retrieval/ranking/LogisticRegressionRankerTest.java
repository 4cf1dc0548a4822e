package org.xcbir.retrieval.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.xcbir.retrieval.SyntheticClusters;

class LogisticRegressionRankerTest {

    @Test
    void extractedLinearModelScoresLikeTribuoItself() {
        Random random = new Random(29);
        int dimension = 48;
        List<float[]> positives = new ArrayList<>();
        List<float[]> negatives = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            positives.add(SyntheticClusters.randomDescriptor(random, dimension));
        }
        for (int i = 0; i < 6; i++) {
            negatives.add(SyntheticClusters.randomDescriptor(random, dimension));
        }
        TrainedRanker ours = new LogisticRegressionRanker().train(positives, negatives);
        LinearSGDModel tribuo = LogisticRegressionRanker.trainTribuoModel(TrainingExamples.of(positives, negatives));

        String[] names = LogisticRegressionRanker.featureNames(dimension);
        for (int n = 0; n < 50; n++) {
            float[] x = SyntheticClusters.randomDescriptor(random, dimension);
            double tribuoScore = tribuo.predict(LogisticRegressionRanker.example(
                    LogisticRegressionRanker.RELEVANT, names, x)).getOutputScores().get("relevant").getScore();
            assertEquals(tribuoScore, ours.score(x), 1e-9);
        }
    }
}
