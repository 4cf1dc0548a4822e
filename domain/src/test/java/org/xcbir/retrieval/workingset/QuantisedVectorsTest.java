package org.xcbir.retrieval.workingset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xcbir.retrieval.SyntheticClusters;
import org.xcbir.retrieval.adjudication.Adjudication;
import org.xcbir.retrieval.adjudication.ExternalPositive;

class QuantisedVectorsTest {

    @Test
    void eachDimensionSpansZeroToItsMaximumAndEveryValueMovesByAtMostHalfALevel() {
        float[][] vectors = {{0.5f, 0f, -1f, 0.3f}, {1.0f, 0f, 2f, 0.1f}, {0.25f, 0f, Float.NaN, 0.2f}};
        QuantisedVectors quantised = QuantisedVectors.of(vectors);
        assertEquals(3, quantised.count());
        assertEquals(4, quantised.dimension());
        assertEquals(255, quantised.code(1, 0), "the maximum is the top level");
        assertEquals(1.0f, quantised.level(0, 255), 1e-6f);
        assertEquals(128, quantised.code(0, 0), "0.5 of the maximum rounds to level 127.5 → 128");
        assertEquals(64, quantised.code(2, 0), "0.25 → 63.75 → 64");
        assertEquals(0, quantised.code(1, 1), "a dimension that is 0 everywhere");
        assertEquals(0f, quantised.level(1, 200), "… has a single level");
        assertEquals(0, quantised.code(0, 2), "negative values count as 0");
        assertEquals(0, quantised.code(2, 2), "and so does NaN");
        assertEquals(255, quantised.code(1, 2));
        for (int n = 0; n < vectors.length; n++) {
            float[] decoded = quantised.decoded(n);
            for (int i = 0; i < 4; i++) {
                float original = vectors[n][i] > 0 ? vectors[n][i] : 0f;
                float halfLevel = quantised.level(i, 1) / 2;
                assertTrue(Math.abs(decoded[i] - original) <= halfLevel + 1e-7f,
                        "vector " + n + " dimension " + i + ": " + original + " → " + decoded[i]);
            }
        }
    }

    @Test
    void descriptorsOfBenchmarkShapeKeepTheirValuesToASmallFractionOfTheLevelStep() {
        Random random = new Random(5);
        float[][] vectors = new float[500][];
        for (int n = 0; n < vectors.length; n++) {
            vectors[n] = SyntheticClusters.randomDescriptor(random, 1280);
        }
        QuantisedVectors quantised = QuantisedVectors.of(vectors);
        double worst = 0;
        for (int n = 0; n < vectors.length; n++) {
            float[] decoded = quantised.decoded(n);
            for (int i = 0; i < 1280; i++) {
                worst = Math.max(worst, Math.abs(decoded[i] - vectors[n][i]) / quantised.level(i, 1));
            }
        }
        assertTrue(worst <= 0.5 + 1e-4, "at most half a level: " + worst);
        assertTrue(worst > 0.4, "and values between levels do occur: " + worst);
    }

    @Test
    void emptyAndMismatchedInputs() {
        assertEquals(0, QuantisedVectors.of(new float[0][]).count());
        assertThrows(IllegalArgumentException.class, () -> QuantisedVectors.of(new float[][] {{1f, 2f}, {1f}}));
    }

    @Test
    void aWorkingSetQuantisesItsMembersOnceInJoinOrder() {
        Random random = new Random(9);
        List<Neighbour> archive = List.of(new Neighbour(7, SyntheticClusters.randomDescriptor(random, 16)),
                new Neighbour(3, SyntheticClusters.randomDescriptor(random, 16)));
        WorkingSet workingSet = WorkingSet.empty(2).grownFor(
                Adjudication.startingWith(List.of(new ExternalPositive("q", archive.get(0).vector()))),
                new ExactNeighbourSource(archive));
        QuantisedVectors quantised = workingSet.quantised();
        assertSame(quantised, workingSet.quantised(), "made once");
        assertEquals(workingSet.size(), quantised.count());
        for (int n = 0; n < workingSet.size(); n++) {
            float[] decoded = quantised.decoded(n);
            for (int i = 0; i < 16; i++) {
                assertEquals(workingSet.vectorAt(n)[i], decoded[i], quantised.level(i, 1) / 2 + 1e-7f);
            }
        }
    }

    @Test
    void extendingTheCodesOfTheFirstMembersGivesTheCodesOfAllMembers() {
        Random random = new Random(21);
        float[][] vectors = new float[400][];
        for (int n = 0; n < vectors.length; n++) {
            vectors[n] = SyntheticClusters.randomDescriptor(random, 64);
        }
        vectors[350][3] = 2f;   // a new member raises dimension 3's maximum: that column is re-encoded
        vectors[10][5] = -1f;
        QuantisedVectors whole = QuantisedVectors.of(vectors);
        for (int prefix : new int[] {0, 1, 300, 399, 400}) {
            QuantisedVectors basis = QuantisedVectors.of(java.util.Arrays.copyOf(vectors, prefix));
            QuantisedVectors extended = QuantisedVectors.extended(basis, vectors);
            org.junit.jupiter.api.Assertions.assertArrayEquals(whole.rawCodes(), extended.rawCodes(), "prefix " + prefix);
            for (int i = 0; i < 64; i++) {
                assertEquals(whole.level(i, 255), extended.level(i, 255), "prefix " + prefix + " dimension " + i);
            }
        }
    }

    @Test
    void aFewRaisedDimensionsAreReEncodedInTheBasisRowsAndTheRestKept() {
        // the server's usual growth: a few new members raise the maximum of a few dimensions (here 2 of 64, which
        // takes the column-wise path rather than re-encoding whole rows)
        Random random = new Random(29);
        float[][] vectors = SyntheticClusters.randomDescriptors(random, 400, 64);
        for (int n = 390; n < 400; n++) {
            for (int i = 0; i < 64; i++) {
                vectors[n][i] *= 0.25f; // below every dimension's maximum so far
            }
        }
        vectors[395][7] = 0.9f;
        vectors[398][40] = 0.95f;
        QuantisedVectors basis = QuantisedVectors.of(java.util.Arrays.copyOf(vectors, 390));
        QuantisedVectors extended = QuantisedVectors.extended(basis, vectors);
        int raised = 0;
        for (int i = 0; i < 64; i++) {
            raised += basis.level(i, 255) != extended.level(i, 255) ? 1 : 0;
        }
        assertEquals(2, raised, "exactly the two forced dimensions rose");
        org.junit.jupiter.api.Assertions.assertArrayEquals(QuantisedVectors.of(vectors).rawCodes(), extended.rawCodes());
        assertTrue(extended.code(0, 7) < basis.code(0, 7) || basis.code(0, 7) == 0,
                "a basis row's code in a raised dimension was re-encoded against the new maximum");
    }

    @Test
    void aWorkingSetGrownTwiceExtendsTheCodesOfTheSetItGrewFrom() {
        Random random = new Random(23);
        List<Neighbour> archive = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            archive.add(new Neighbour(i, SyntheticClusters.randomDescriptor(random, 32)));
        }
        ExactNeighbourSource source = new ExactNeighbourSource(archive);
        WorkingSet first = WorkingSet.empty(20).grownFor(
                Adjudication.startingWith(List.of(new ExternalPositive("q", archive.get(0).vector()))), source);
        first.quantised();
        long positive = first.idAt(5);
        long other = first.idAt(9);
        Adjudication query = Adjudication.startingWith(List.of(new ExternalPositive("q", archive.get(0).vector())));
        WorkingSet second = first.grownFor(query.markPositive(positive), source);
        WorkingSet third = second.grownFor(query.markPositive(positive).markPositive(other), source);
        assertTrue(third.size() > second.size() && second.size() > first.size(), "each growth adds members");
        float[][] members = new float[third.size()][];
        for (int n = 0; n < members.length; n++) {
            members[n] = third.vectorAt(n);
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(QuantisedVectors.of(members).rawCodes(),
                third.quantised().rawCodes(), "each growth extends the codes of the set it grew from");
    }
}
