package org.xcbir.retrieval.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClassWeightsTest {

    @Test
    void upWeightsScarcePositivesByTheNegativeRatio() {
        assertEquals(5.0, ClassWeights.positiveWeight(2, 10));
        assertEquals(1.5, ClassWeights.positiveWeight(2, 3));
    }

    @Test
    void neverGoesBelowOne() {
        assertEquals(1.0, ClassWeights.positiveWeight(10, 2));
        assertEquals(1.0, ClassWeights.positiveWeight(3, 3));
        assertEquals(1.0, ClassWeights.positiveWeight(1, 0));
    }

    @Test
    void rejectsNoPositives() {
        assertThrows(IllegalArgumentException.class, () -> ClassWeights.positiveWeight(0, 4));
    }
}
