package org.xcbir.retrieval.ranking;

import java.io.DataOutputStream;
import java.io.IOException;
import org.xcbir.retrieval.workingset.WorkingSet;

/**
 * A trained relevance model. Immutable and therefore safe to share between threads.
 * Serialise it with {@link TrainedRankerCodec}.
 */
public interface TrainedRanker {

    /** The name of the {@link Ranker} that produced this model. */
    String rankerName();

    /** Probability that the described image is relevant, in [0, 1]. */
    double score(float[] vector);

    /** {@link #score} of each vector; models override it where batching is faster. */
    default double[] scoreAll(float[][] vectors) {
        double[] scores = new double[vectors.length];
        for (int n = 0; n < vectors.length; n++) {
            scores[n] = score(vectors[n]);
        }
        return scores;
    }

    /**
     * Scores of the working set's members [from, to) in join order; {@link #scoreAll} of their
     * vectors unless a model reads the working set's 8-bit codes instead (the HIK SVM).
     */
    default double[] scoreMembers(WorkingSet workingSet, int from, int to) {
        float[][] vectors = new float[to - from][];
        for (int n = from; n < to; n++) {
            vectors[n - from] = workingSet.vectorAt(n);
        }
        return scoreAll(vectors);
    }

    /** Writes the model parameters; the codec writes the header that names the format. */
    void writeParametersTo(DataOutputStream out) throws IOException;
}
