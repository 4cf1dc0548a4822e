package org.xcbir.study.simulation;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.LongFunction;
import java.util.random.RandomGenerator;
import org.xcbir.retrieval.adjudication.Relevance;
import org.xcbir.saliency.SaliencyMap;

/**
 * A with-XAI participant who, as the paper suggests (§1: "a user may choose to not provide positive feedback on an
 * example in which the saliency map is not well localized on the object of interest"), holds back positive feedback
 * the map does not support.
 *
 * <p>First the result is judged as by {@link GroundTruthPolicy} with the same {@code noise}. A result judged not
 * relevant is marked so. A result judged relevant that truly contains the class is marked relevant only when at
 * least {@code overlapThreshold} of the map's mass (negatives clamped to 0) lies on the class's boxes
 * ({@link TargetRegion#massShare}); otherwise it is left unmarked: it does contain the class, so marking it not
 * relevant would be a false negative and teach the ranker against the class, while marking it relevant would teach
 * the ranker whatever else the map shows. A result misjudged as relevant is marked relevant without a look at the
 * map, since there is no object for the map to agree with, which keeps the error rate equal to the ground-truth
 * policy's. Without a map (the no-XAI condition, or none available) and with a map that is zero everywhere, which
 * points nowhere, the judgement stands as it is.
 *
 * @param noise            probability of misjudging whether the class is in the result, 0 to 1
 * @param overlapThreshold share of the map's mass on the target from which the map is trusted, 0 to 1
 */
public record MapTrustingPolicy(double noise, double overlapThreshold) implements AdjudicationPolicy {

    /**
     * Well above the share an evenly spread map puts on most COCO objects, whose boxes cover a small part of the
     * image; a map concentrated on the object clears it, one that merely touches it does not.
     */
    public static final double DEFAULT_OVERLAP_THRESHOLD = 0.3;

    public MapTrustingPolicy {
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("noise is a probability from 0 to 1, not " + noise);
        }
        if (!(overlapThreshold >= 0 && overlapThreshold <= 1)) {
            throw new IllegalArgumentException("the overlap threshold is a share from 0 to 1, not " + overlapThreshold);
        }
    }

    public static MapTrustingPolicy defaults() {
        return new MapTrustingPolicy(GroundTruthPolicy.DEFAULT_NOISE, DEFAULT_OVERLAP_THRESHOLD);
    }

    @Override
    public Relevance judge(long imageId, GroundTruth truth, LongFunction<Optional<SaliencyMap>> maps,
            RandomGenerator random) {
        Relevance perceived = new GroundTruthPolicy(noise).judge(imageId, truth, maps, random);
        Optional<TargetInstances> target = truth.target(imageId);
        if (perceived != Relevance.POSITIVE || target.isEmpty()) {
            return perceived;
        }
        Optional<SaliencyMap> map = maps.apply(imageId);
        if (map.isEmpty()) {
            return perceived;
        }
        OptionalDouble onTarget = TargetRegion.of(target.get(), map.get().size()).massShare(map.get());
        return onTarget.isEmpty() || onTarget.getAsDouble() >= overlapThreshold ? Relevance.POSITIVE : Relevance.NEUTRAL;
    }
}
