package org.xcbir.retrieval.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xcbir.retrieval.SyntheticClusters;
import org.xcbir.retrieval.adjudication.Adjudication;
import org.xcbir.retrieval.adjudication.ExternalPositive;
import org.xcbir.retrieval.workingset.Distances;
import org.xcbir.retrieval.workingset.ExactNeighbourSource;
import org.xcbir.retrieval.workingset.Neighbour;
import org.xcbir.retrieval.workingset.WorkingSet;

class AutoNegativesTest {

    /** Images 0..9 on a line at x = i; everything is in the working set. */
    private static WorkingSet line() {
        List<Neighbour> archive = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            archive.add(new Neighbour(i, new float[] {i}));
        }
        Adjudication adjudication = Adjudication.startingWith(List.of(new ExternalPositive("q", new float[] {0f})));
        return WorkingSet.empty(10).grownFor(adjudication, new ExactNeighbourSource(archive));
    }

    @Test
    void picksTheFarthestMemberOfEachPositive() {
        List<Long> chosen = AutoNegatives.farthestFrom(
                List.of(new float[] {0f}, new float[] {9f}), line(), Set.of(), 1);

        assertEquals(List.of(9L, 0L), chosen);
    }

    @Test
    void takesTheNextFarthestInsteadOfAChosenOrExcludedOne() {
        List<Long> chosen = AutoNegatives.farthestFrom(
                List.of(new float[] {0f}, new float[] {1f}), line(), Set.of(9L), 2);

        // From 0: 9 is excluded -> 8, 7. From 1: 9 excluded, 8 and 7 taken -> 6, 5.
        assertEquals(List.of(8L, 7L, 6L, 5L), chosen);
    }

    @Test
    void choosesTheTrulyFarthestOnRandomData() {
        Random random = new Random(11);
        List<Neighbour> archive = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            archive.add(new Neighbour(i, SyntheticClusters.randomDescriptor(random, 16)));
        }
        float[] query = SyntheticClusters.randomDescriptor(random, 16);
        WorkingSet workingSet = WorkingSet.empty(200).grownFor(
                Adjudication.startingWith(List.of(new ExternalPositive("q", query))), new ExactNeighbourSource(archive));

        List<Long> chosen = AutoNegatives.farthestFrom(List.of(query), workingSet, Set.of(), 3);

        List<Long> expected = archive.stream()
                .sorted(Comparator.comparingDouble((Neighbour n) -> -Distances.squaredL2(query, n.vector())))
                .limit(3).map(Neighbour::imageId).toList();
        assertEquals(expected, chosen);
    }

    @Test
    void rejectsANonPositiveCount() {
        assertThrows(IllegalArgumentException.class,
                () -> AutoNegatives.farthestFrom(List.of(new float[] {0f}), line(), Set.of(), 0));
    }
}
