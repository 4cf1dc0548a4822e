package org.xcbir.descriptor.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xcbir.descriptor.detection.NonMaxSuppression.Candidate;

class NonMaxSuppressionTest {

    @Test
    void dropsBoxesOverlappingABetterOneMoreThanTheThreshold() {
        Candidate best = new Candidate(new NormalizedBox(0, 0, 0.5, 0.5), 0.9f);
        Candidate overlapping = new Candidate(new NormalizedBox(0.05, 0.05, 0.5, 0.5), 0.8f); // IoU 0.81
        Candidate apart = new Candidate(new NormalizedBox(0.5, 0.5, 1, 1), 0.4f);
        Candidate touching = new Candidate(new NormalizedBox(0.25, 0, 0.75, 0.5), 0.7f); // IoU 1/3
        List<Candidate> kept = NonMaxSuppression.suppress(List.of(apart, overlapping, touching, best), 0.6, 100);
        assertEquals(List.of(best, touching, apart), kept);
        assertEquals(List.of(best), NonMaxSuppression.suppress(List.of(apart, best, touching), 0.6, 1));
    }

    @Test
    void labelMapHas80NamedIdsUpTo90() {
        assertEquals(80, CocoCategories.count());
        assertEquals(Optional.of("person"), CocoCategories.name(CocoCategories.idOfClassOutput(0)));
        assertEquals(Optional.of("dog"), CocoCategories.name(18));
        assertEquals(Optional.empty(), CocoCategories.name(12));
        assertEquals(Optional.of("toothbrush"), CocoCategories.name(90));
    }
}
