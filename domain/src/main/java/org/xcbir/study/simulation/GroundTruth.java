package org.xcbir.study.simulation;

import java.util.Map;
import java.util.Optional;

/**
 * What a simulated participant can see in any archive image about the task's target class: whether the class is
 * there and where. Keyed by archive image id; images that are not listed do not contain the class.
 */
public final class GroundTruth {

    private final Map<Long, TargetInstances> imagesWithTarget;

    private GroundTruth(Map<Long, TargetInstances> imagesWithTarget) {
        this.imagesWithTarget = Map.copyOf(imagesWithTarget);
    }

    /** @param imagesWithTarget archive image id → the target's instances, for every image containing the class */
    public static GroundTruth of(Map<Long, TargetInstances> imagesWithTarget) {
        return new GroundTruth(imagesWithTarget);
    }

    public boolean containsTarget(long imageId) {
        return imagesWithTarget.containsKey(imageId);
    }

    /** The target's instances in the image; empty when it does not contain the class. */
    public Optional<TargetInstances> target(long imageId) {
        return Optional.ofNullable(imagesWithTarget.get(imageId));
    }
}
