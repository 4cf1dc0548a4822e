package org.xcbir.study.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.xcbir.retrieval.adjudication.Relevance;
import org.xcbir.saliency.SaliencyMap;

class GroundTruthPolicyTest {

    private static final GroundTruth EVEN_IMAGES_HAVE_TARGET = Fixtures.archive(1000, id -> id % 2 == 0);

    @Test
    void withoutNoiseMarksExactlyByGroundTruthAndNeverAsksForAMap() {
        List<Long> mapsAsked = new ArrayList<>();
        LongFunction<Optional<SaliencyMap>> maps = id -> {
            mapsAsked.add(id);
            return Optional.of(Fixtures.quadrantMap(0, 1));
        };
        SplittableRandom random = new SplittableRandom(1);
        for (long id = 0; id < 1000; id++) {
            Relevance expected = id % 2 == 0 ? Relevance.POSITIVE : Relevance.NEGATIVE;
            assertEquals(expected, new GroundTruthPolicy(0).judge(id, EVEN_IMAGES_HAVE_TARGET, maps, random), "image " + id);
        }
        assertEquals(List.of(), mapsAsked);
    }

    @Test
    void fullNoiseFlipsEveryJudgement() {
        SplittableRandom random = new SplittableRandom(2);
        for (long id = 0; id < 1000; id++) {
            Relevance flipped = id % 2 == 0 ? Relevance.NEGATIVE : Relevance.POSITIVE;
            assertEquals(flipped, new GroundTruthPolicy(1).judge(id, EVEN_IMAGES_HAVE_TARGET, noMaps(), random));
        }
    }

    @Test
    void noiseFlipsTheGivenShareOfJudgementsBothWays() {
        GroundTruthPolicy policy = new GroundTruthPolicy(0.2);
        SplittableRandom random = new SplittableRandom(3);
        int[] flips = new int[2];
        for (int decision = 0; decision < 10_000; decision++) {
            long id = decision % 1000;
            boolean hasTarget = id % 2 == 0;
            Relevance judged = policy.judge(id, EVEN_IMAGES_HAVE_TARGET, noMaps(), random);
            if ((judged == Relevance.POSITIVE) != hasTarget) {
                flips[hasTarget ? 1 : 0]++;
            }
        }
        // 5 000 decisions each way: the binomial standard deviation of the rate is about 0.006.
        assertEquals(0.2, flips[0] / 5000.0, 0.03, "absent class judged present");
        assertEquals(0.2, flips[1] / 5000.0, 0.03, "present class judged absent");
    }

    @Test
    void sameSeedSameJudgements() {
        GroundTruthPolicy policy = new GroundTruthPolicy(0.5);
        SplittableRandom first = new SplittableRandom(4);
        SplittableRandom second = new SplittableRandom(4);
        for (long id = 0; id < 200; id++) {
            assertEquals(policy.judge(id, EVEN_IMAGES_HAVE_TARGET, noMaps(), first),
                    policy.judge(id, EVEN_IMAGES_HAVE_TARGET, noMaps(), second));
        }
    }

    @Test
    void rejectsNoiseThatIsNoProbability() {
        for (double noise : new double[] {-0.01, 1.01, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GroundTruthPolicy(noise));
            assertTrue(e.getMessage().contains(String.valueOf(noise)), e.getMessage());
        }
    }

    static LongFunction<Optional<SaliencyMap>> noMaps() {
        return id -> Optional.empty();
    }
}
