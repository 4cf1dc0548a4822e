package org.xcbir.retrieval.workingset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xcbir.retrieval.adjudication.Adjudication;
import org.xcbir.retrieval.adjudication.ExternalPositive;

class WorkingSetTest {

    /** Images 0..9 on a line: image i sits at x = i, so neighbours are easy to predict. */
    private final List<Neighbour> line = new ArrayList<>();
    private final List<float[]> lookups = new ArrayList<>();
    private final NeighbourSource countingSource;

    WorkingSetTest() {
        for (int i = 0; i < 10; i++) {
            line.add(new Neighbour(i, new float[] {i, 0f}));
        }
        ExactNeighbourSource exact = new ExactNeighbourSource(line);
        countingSource = (vector, k) -> {
            lookups.add(vector);
            return exact.nearest(vector, k);
        };
    }

    private static Adjudication queryAt(float x) {
        return Adjudication.startingWith(List.of(new ExternalPositive("query", new float[] {x, 0f})));
    }

    @Test
    void exactSourceReturnsNearestFirstWithTiesById() {
        List<Long> ids = new ExactNeighbourSource(line).nearest(new float[] {4.5f, 0f}, 4)
                .stream().map(Neighbour::imageId).toList();

        assertEquals(List.of(4L, 5L, 3L, 6L), ids);
    }

    @Test
    void startsWithTheQueryNeighboursInDistanceOrder() {
        WorkingSet workingSet = WorkingSet.empty(3).grownFor(queryAt(0.1f), countingSource);

        assertEquals(List.of(0L, 1L, 2L), workingSet.ids());
    }

    @Test
    void growsByTheNeighboursOfEachNewPositive() {
        Adjudication adjudication = queryAt(0.1f);
        WorkingSet initial = WorkingSet.empty(3).grownFor(adjudication, countingSource);

        WorkingSet grown = initial.grownFor(adjudication.markPositive(2), countingSource);

        // Neighbours of image 2 are 2, 1, 3 (tie 1/3 by id): only 3 is new.
        assertEquals(List.of(0L, 1L, 2L, 3L), grown.ids());
        assertEquals(3, initial.size());
        assertTrue(grown.contains(3));
    }

    @Test
    void isTheUnionOfTheNeighbourhoodsOfAllPositives() {
        Adjudication adjudication = queryAt(0.1f);
        WorkingSet workingSet = WorkingSet.empty(3).grownFor(adjudication, countingSource);
        adjudication = adjudication.markPositive(2);
        workingSet = workingSet.grownFor(adjudication, countingSource);
        adjudication = adjudication.markPositive(3);
        workingSet = workingSet.grownFor(adjudication, countingSource);

        Set<Long> expected = new HashSet<>();
        for (float[] seed : List.of(new float[] {0.1f, 0f}, line.get(2).vector(), line.get(3).vector())) {
            new ExactNeighbourSource(line).nearest(seed, 3).forEach(n -> expected.add(n.imageId()));
        }
        assertEquals(expected, new HashSet<>(workingSet.ids()));
        assertEquals(workingSet.size(), new HashSet<>(workingSet.ids()).size(), "no duplicates");
    }

    @Test
    void looksUpEachPositiveOnlyOnce() {
        Adjudication adjudication = queryAt(0.1f).markPositive(1);
        WorkingSet workingSet = WorkingSet.empty(3).grownFor(queryAt(0.1f), countingSource);
        workingSet = workingSet.grownFor(adjudication, countingSource);
        workingSet.grownFor(adjudication.markNegative(2), countingSource);

        assertEquals(2, lookups.size(), "query once, positive 1 once, nothing for a negative");
    }

    @Test
    void doesNotShrinkWhenAPositiveIsUndone() {
        Adjudication adjudication = queryAt(0.1f).markPositive(2);
        WorkingSet workingSet = WorkingSet.empty(3).grownFor(queryAt(0.1f), countingSource)
                .grownFor(adjudication, countingSource);

        WorkingSet afterUndo = workingSet.grownFor(adjudication.undo(), countingSource);

        assertEquals(workingSet.ids(), afterUndo.ids());
    }

    @Test
    void rejectsAPositiveItCannotKnowTheVectorOf() {
        WorkingSet workingSet = WorkingSet.empty(3).grownFor(queryAt(0.1f), countingSource);

        assertThrows(IllegalArgumentException.class,
                () -> workingSet.grownFor(queryAt(0.1f).markPositive(9), countingSource));
        assertThrows(IllegalArgumentException.class, () -> workingSet.vector(9));
    }

    @Test
    void defaultsToFiveHundredNeighboursPerPositive() {
        List<Neighbour> big = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            big.add(new Neighbour(i, new float[] {i}));
        }
        Adjudication adjudication = Adjudication.startingWith(
                List.of(new ExternalPositive("query", new float[] {0f})));

        WorkingSet workingSet = WorkingSet.empty().grownFor(adjudication, new ExactNeighbourSource(big));

        assertEquals(500, workingSet.size());
        assertEquals(499L, workingSet.idAt(499));
    }
}
