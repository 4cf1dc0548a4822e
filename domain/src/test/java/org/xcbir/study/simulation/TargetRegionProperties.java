package org.xcbir.study.simulation;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.xcbir.archive.BoundingBox;
import org.xcbir.saliency.SaliencyMap;

class TargetRegionProperties {

    @Property
    boolean aBoxInsideTheImageCoversItsScaledArea(@ForAll("boxesInA640x480Image") BoundingBox box,
            @ForAll @IntRange(min = 1, max = 40) int size) {
        TargetRegion region = TargetRegion.of(new TargetInstances(640, 480, List.of(box)), size);
        double expected = box.area() / (640.0 * 480.0) * size * size;
        return Math.abs(total(region) - expected) < 1e-3 * Math.max(1, expected);
    }

    @Property
    boolean theUnionCoversNoMoreThanTheBoxesTogetherNorLessThanTheLargest(
            @ForAll("boxesInA640x480Image") BoundingBox first, @ForAll("boxesInA640x480Image") BoundingBox second,
            @ForAll @IntRange(min = 1, max = 20) int size) {
        double both = total(TargetRegion.of(new TargetInstances(640, 480, List.of(first, second)), size));
        double one = total(TargetRegion.of(new TargetInstances(640, 480, List.of(first)), size));
        double other = total(TargetRegion.of(new TargetInstances(640, 480, List.of(second)), size));
        return both <= one + other + 1e-3 && both >= Math.max(one, other) - 1e-3;
    }

    @Property
    boolean coverageAndMassShareAreShares(@ForAll("boxesInA640x480Image") BoundingBox box,
            @ForAll("maps") SaliencyMap map) {
        TargetRegion region = TargetRegion.of(new TargetInstances(640, 480, List.of(box)), map.size());
        for (int row = 0; row < map.size(); row++) {
            for (int column = 0; column < map.size(); column++) {
                float coverage = region.coverage(row, column);
                if (coverage < 0 || coverage > 1) {
                    return false;
                }
            }
        }
        return region.massShare(map).stream().allMatch(share -> share >= 0 && share <= 1);
    }

    @Provide
    Arbitrary<BoundingBox> boxesInA640x480Image() {
        return Combinators.combine(Arbitraries.doubles().between(0, 639), Arbitraries.doubles().between(0, 479),
                Arbitraries.doubles().between(0.5, 640), Arbitraries.doubles().between(0.5, 480))
                .as((x, y, w, h) -> new BoundingBox(x, y, Math.min(w, 640 - x), Math.min(h, 480 - y)));
    }

    @Provide
    Arbitrary<SaliencyMap> maps() {
        return Arbitraries.integers().between(1, 12).flatMap(size -> Arbitraries.floats().between(-1, 1)
                .list().ofSize(size * size).map(values -> {
                    float[] array = new float[values.size()];
                    for (int i = 0; i < array.length; i++) {
                        array[i] = values.get(i);
                    }
                    return new SaliencyMap(size, array);
                }));
    }

    private static double total(TargetRegion region) {
        double total = 0;
        for (int row = 0; row < region.size(); row++) {
            for (int column = 0; column < region.size(); column++) {
                total += region.coverage(row, column);
            }
        }
        return total;
    }
}
