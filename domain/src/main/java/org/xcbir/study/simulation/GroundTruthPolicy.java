package org.xcbir.study.simulation;

import java.util.Optional;
import java.util.function.LongFunction;
import java.util.random.RandomGenerator;
import org.xcbir.retrieval.adjudication.Relevance;
import org.xcbir.saliency.SaliencyMap;

/**
 * Marks every result by the archive's ground truth, relevant when it contains the target class and not relevant
 * otherwise, and misjudges with probability {@code noise} (a flip either way, one draw per result). Never looks at a
 * saliency map, so both conditions behave alike: the null model that checks the pipeline and the analysis, where
 * any difference between the conditions is chance.
 *
 * @param noise probability of misjudging a result, 0 to 1
 */
public record GroundTruthPolicy(double noise) implements AdjudicationPolicy {

    /** Crowd workers mislabel a few percent of clear-cut images. */
    public static final double DEFAULT_NOISE = 0.05;

    public GroundTruthPolicy {
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("noise is a probability from 0 to 1, not " + noise);
        }
    }

    public static GroundTruthPolicy defaults() {
        return new GroundTruthPolicy(DEFAULT_NOISE);
    }

    @Override
    public Relevance judge(long imageId, GroundTruth truth, LongFunction<Optional<SaliencyMap>> maps,
            RandomGenerator random) {
        boolean seesTarget = truth.containsTarget(imageId) != random.nextDouble() < noise;
        return seesTarget ? Relevance.POSITIVE : Relevance.NEGATIVE;
    }
}
