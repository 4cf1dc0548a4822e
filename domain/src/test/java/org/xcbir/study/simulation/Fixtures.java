package org.xcbir.study.simulation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;
import org.xcbir.archive.BoundingBox;
import org.xcbir.saliency.SaliencyMap;

/** Small hand-built archives and maps. */
final class Fixtures {

    /** Every image with the target is 100×100 with the target in its top-left quadrant. */
    static final TargetInstances TOP_LEFT_QUADRANT =
            new TargetInstances(100, 100, List.of(new BoundingBox(0, 0, 50, 50)));

    private Fixtures() {
    }

    static List<Long> ids(long count) {
        return LongStream.range(0, count).boxed().toList();
    }

    /** Images 0 … count−1, those matching {@code hasTarget} with the target in their top-left quadrant. */
    static GroundTruth archive(long count, LongPredicate hasTarget) {
        Map<Long, TargetInstances> images = new HashMap<>();
        LongStream.range(0, count).filter(hasTarget).forEach(id -> images.put(id, TOP_LEFT_QUADRANT));
        return GroundTruth.of(images);
    }

    /** A 10×10 map with {@code inside} on the top-left 5×5 cells and {@code outside} everywhere else. */
    static SaliencyMap quadrantMap(float inside, float outside) {
        float[] values = new float[100];
        for (int row = 0; row < 10; row++) {
            for (int column = 0; column < 10; column++) {
                values[row * 10 + column] = row < 5 && column < 5 ? inside : outside;
            }
        }
        return new SaliencyMap(10, values);
    }
}
