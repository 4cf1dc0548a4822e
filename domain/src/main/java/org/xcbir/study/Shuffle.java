package org.xcbir.study;

import java.util.List;
import java.util.SplittableRandom;

/** Fisher–Yates with a caller-supplied generator (Collections.shuffle wants java.util.Random). */
final class Shuffle {

    private Shuffle() {
    }

    static <T> void inPlace(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T kept = list.get(i);
            list.set(i, list.get(j));
            list.set(j, kept);
        }
    }
}
