package org.xcbir.study.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.xcbir.archive.BoundingBox;
import org.xcbir.retrieval.adjudication.Relevance;
import org.xcbir.saliency.SaliencyMap;

class MapTrustingPolicyTest {

    private static final long WITH_TARGET = 1;
    private static final long WITHOUT_TARGET = 2;
    private static final GroundTruth TRUTH = GroundTruth.of(Map.of(WITH_TARGET, Fixtures.TOP_LEFT_QUADRANT));

    private final List<Long> mapsAsked = new ArrayList<>();

    @Test
    void trustsAMapWhoseMassIsOnTheTarget() {
        assertEquals(Relevance.POSITIVE, judge(new MapTrustingPolicy(0, 0.3), WITH_TARGET, Fixtures.quadrantMap(1, 0)));
    }

    @Test
    void leavesATruePositiveUnmarkedWhenTheMapLooksElsewhere() {
        assertEquals(Relevance.NEUTRAL, judge(new MapTrustingPolicy(0, 0.3), WITH_TARGET, Fixtures.quadrantMap(0, 1)));
    }

    @Test
    void trustsFromTheThresholdOn() {
        // 25 cells inside at 3, 75 outside at 1: exactly half of the mass is on the target.
        SaliencyMap half = Fixtures.quadrantMap(3, 1);
        assertEquals(Relevance.POSITIVE, judge(new MapTrustingPolicy(0, 0.5), WITH_TARGET, half));
        assertEquals(Relevance.NEUTRAL, judge(new MapTrustingPolicy(0, 0.51), WITH_TARGET, half));
    }

    @Test
    void negativeValuesDoNotCountAsMass() {
        // Summed as they are, the outside would cancel the inside; clamped, all the mass is on the target.
        assertEquals(Relevance.POSITIVE, judge(new MapTrustingPolicy(0, 0.9), WITH_TARGET, Fixtures.quadrantMap(1, -10)));
    }

    @Test
    void anImageWithoutTheClassIsNotRelevantWithoutLookingAtItsMap() {
        assertEquals(Relevance.NEGATIVE, judge(new MapTrustingPolicy(0, 0.3), WITHOUT_TARGET, Fixtures.quadrantMap(1, 0)));
        assertEquals(List.of(), mapsAsked);
    }

    @Test
    void judgesByGroundTruthWhenThereIsNoMapOrItIsEmpty() {
        MapTrustingPolicy policy = new MapTrustingPolicy(0, 0.3);
        assertEquals(Relevance.POSITIVE, policy.judge(WITH_TARGET, TRUTH, id -> Optional.empty(), new SplittableRandom(1)));
        assertEquals(Relevance.POSITIVE, judge(policy, WITH_TARGET, Fixtures.quadrantMap(0, 0)));
    }

    @Test
    void fullNoiseFlipsBothWaysAndAMisjudgedPositiveIsMarkedWithoutItsMap() {
        MapTrustingPolicy policy = new MapTrustingPolicy(1, 0.3);
        assertEquals(Relevance.NEGATIVE, judge(policy, WITH_TARGET, Fixtures.quadrantMap(1, 0)));
        assertEquals(Relevance.POSITIVE, judge(policy, WITHOUT_TARGET, Fixtures.quadrantMap(0, 1)));
        assertEquals(List.of(), mapsAsked);
    }

    @Test
    void noiseFlipsTheGivenShareWhileTrustedMapsKeepTheRestPositive() {
        MapTrustingPolicy policy = new MapTrustingPolicy(0.2, 0.3);
        SaliencyMap onTarget = Fixtures.quadrantMap(1, 0);
        SplittableRandom random = new SplittableRandom(5);
        int negatives = 0;
        for (int decision = 0; decision < 10_000; decision++) {
            Relevance judged = policy.judge(WITH_TARGET, TRUTH, id -> Optional.of(onTarget), random);
            if (judged == Relevance.NEGATIVE) {
                negatives++;
            } else {
                assertEquals(Relevance.POSITIVE, judged);
            }
        }
        assertEquals(0.2, negatives / 10_000.0, 0.03);
    }

    @Test
    void comparesTheMapWithTheBoxesOfANonSquareImage() {
        // A 200×100 image with the target in its right half: on a 10×10 map that is columns 5–9, every row.
        GroundTruth rightHalf = GroundTruth.of(Map.of(WITH_TARGET,
                new TargetInstances(200, 100, List.of(new BoundingBox(100, 0, 100, 100)))));
        MapTrustingPolicy strict = new MapTrustingPolicy(0, 0.9);
        assertEquals(Relevance.POSITIVE, strict.judge(WITH_TARGET, rightHalf,
                id -> Optional.of(columnsMap(5, 10)), new SplittableRandom(1)));
        assertEquals(Relevance.NEUTRAL, strict.judge(WITH_TARGET, rightHalf,
                id -> Optional.of(columnsMap(0, 5)), new SplittableRandom(1)));
    }

    /** A 10×10 map with mass 1 in columns {@code from} … {@code to − 1} of every row. */
    private static SaliencyMap columnsMap(int from, int to) {
        float[] values = new float[100];
        for (int row = 0; row < 10; row++) {
            for (int column = from; column < to; column++) {
                values[row * 10 + column] = 1;
            }
        }
        return new SaliencyMap(10, values);
    }

    @Test
    void rejectsParametersOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new MapTrustingPolicy(-0.1, 0.3));
        assertThrows(IllegalArgumentException.class, () -> new MapTrustingPolicy(0.1, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new MapTrustingPolicy(0.1, Double.NaN));
    }

    private Relevance judge(MapTrustingPolicy policy, long imageId, SaliencyMap map) {
        LongFunction<Optional<SaliencyMap>> maps = id -> {
            mapsAsked.add(id);
            return Optional.of(map);
        };
        return policy.judge(imageId, TRUTH, maps, new SplittableRandom(7));
    }
}
