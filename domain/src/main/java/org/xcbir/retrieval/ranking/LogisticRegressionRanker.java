package org.xcbir.retrieval.ranking;

import java.util.List;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Logistic regression trained by Tribuo's SGD (AdaGrad), with the positive examples weighted
 * like the SVMs' positive class. Tribuo's two-class softmax equals the logistic function of
 * the difference of the two label scores, so the model is kept as one {@link LinearModel}.
 */
public final class LogisticRegressionRanker implements Ranker {

    public static final String NAME = "logistic";

    static final Label RELEVANT = new Label("relevant");
    static final Label IRRELEVANT = new Label("irrelevant");
    private static final int EPOCHS = 50;
    private static final long SEED = 42L;
    /** Disables Tribuo's per-epoch progress logging. */
    private static final int NO_LOGGING = -1;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TrainedRanker train(List<float[]> positives, List<float[]> negatives) {
        LinearSGDModel model = trainTribuoModel(TrainingExamples.of(positives, negatives));
        DenseMatrix labelWeights = model.getWeightsCopy();
        ImmutableFeatureMap features = model.getFeatureIDMap();
        int relevant = model.getOutputIDInfo().getID(RELEVANT);
        int irrelevant = model.getOutputIDInfo().getID(IRRELEVANT);
        int biasColumn = features.size();

        String[] names = featureNames(positives.get(0).length);
        double[] weights = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            int column = features.getID(names[i]);
            // A feature never seen non-zero in training has no column; Tribuo ignores it too.
            if (column >= 0) {
                weights[i] = labelWeights.get(relevant, column) - labelWeights.get(irrelevant, column);
            }
        }
        double bias = labelWeights.get(relevant, biasColumn) - labelWeights.get(irrelevant, biasColumn);
        return new LinearModel(NAME, weights, bias, PlattScaling.LOGISTIC);
    }

    /** Package-visible so tests can check the weight extraction against Tribuo's own predictions. */
    static LinearSGDModel trainTribuoModel(TrainingExamples examples) {
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(
                new SimpleDataSourceProvenance("xcbir relevance feedback", labels), labels);
        float positiveWeight = (float) examples.positiveClassWeight();
        String[] names = featureNames(examples.dimension());
        for (int i = 0; i < examples.size(); i++) {
            boolean positive = examples.isPositive(i);
            Example<Label> example = example(positive ? RELEVANT : IRRELEVANT, names, examples.example(i));
            example.setWeight(positive ? positiveWeight : 1f);
            dataset.add(example);
        }
        // A new trainer per call: trainers carry an RNG, so sharing one would couple sessions.
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1), EPOCHS,
                NO_LOGGING, 1, SEED);
        return (LinearSGDModel) trainer.train(dataset);
    }

    static Example<Label> example(Label label, String[] names, float[] vector) {
        double[] values = new double[vector.length];
        for (int i = 0; i < vector.length; i++) {
            values[i] = vector[i];
        }
        return new ArrayExample<>(label, names, values);
    }

    /** Zero-padded so Tribuo's lexicographic feature order equals the dimension order. */
    static String[] featureNames(int dimension) {
        String[] names = new String[dimension];
        for (int i = 0; i < dimension; i++) {
            names[i] = String.format("d%05d", i);
        }
        return names;
    }
}
