package org.xcbir.retrieval.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.xcbir.retrieval.SyntheticClusters;

class TrainedRankerCodecTest {

    private static final int DIMENSION = 64;

    static List<String> rankerNames() {
        return Rankers.names();
    }

    private static TrainedRanker trained(String rankerName) {
        Random random = new Random(17);
        List<float[]> positives = new ArrayList<>();
        List<float[]> negatives = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            positives.add(SyntheticClusters.randomDescriptor(random, DIMENSION));
        }
        for (int i = 0; i < 7; i++) {
            negatives.add(SyntheticClusters.randomDescriptor(random, DIMENSION));
        }
        return Rankers.byName(rankerName).train(positives, negatives);
    }

    @ParameterizedTest
    @MethodSource("rankerNames")
    void roundTripGivesIdenticalScores(String rankerName) {
        TrainedRanker original = trained(rankerName);

        TrainedRanker restored = TrainedRankerCodec.fromBytes(TrainedRankerCodec.toBytes(original));

        assertEquals(rankerName, restored.rankerName());
        Random random = new Random(23);
        for (int n = 0; n < 100; n++) {
            float[] x = SyntheticClusters.randomDescriptor(random, DIMENSION);
            assertEquals(original.score(x), restored.score(x), 0.0, "bit-identical score expected");
        }
    }

    @ParameterizedTest
    @MethodSource("rankerNames")
    void encodingIsStable(String rankerName) {
        TrainedRanker original = trained(rankerName);
        byte[] once = TrainedRankerCodec.toBytes(original);

        byte[] twice = TrainedRankerCodec.toBytes(TrainedRankerCodec.fromBytes(once));

        assertEquals(Arrays.toString(once), Arrays.toString(twice));
    }

    @Test
    void rejectsForeignTruncatedAndPaddedBytes() {
        byte[] valid = TrainedRankerCodec.toBytes(trained(HikSvmRanker.NAME));

        assertThrows(IllegalArgumentException.class, () -> TrainedRankerCodec.fromBytes(new byte[] {1, 2, 3, 4, 5}));
        assertThrows(IllegalArgumentException.class,
                () -> TrainedRankerCodec.fromBytes(Arrays.copyOf(valid, valid.length - 3)));
        assertThrows(IllegalArgumentException.class,
                () -> TrainedRankerCodec.fromBytes(Arrays.copyOf(valid, valid.length + 1)));
    }
}
