package org.xcbir.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalisedRatioTableTest {

    private final NormalisedRatioTable table2 =
            NormalisedRatioTable.of(TestData.handComputed(), SuperclassSplit.of(TestData.fourClasses()));

    @Test
    void superclassRatiosAreSumRatiosDividedByTheQueryCountRatio() {
        // CL nP: (36 / 15) / (2 / 1) = 1.2 (= mean 18 / mean 15); CS: (12 / 24) / (1 / 2) = 1.0
        assertEquals(1.2, table2.ratio(Metric.NP, Superclass.CL), 1e-12);
        assertEquals(1.0, table2.ratio(Metric.NP, Superclass.CS), 1e-12);
        assertEquals(1.0, table2.ratio(Metric.NP, Superclass.UL), 1e-12);
        assertEquals(0.9, table2.ratio(Metric.NP, Superclass.US), 1e-12);
        // CL nA: (70 / 35) / 2 = 1.0; CL T: (1000 / 500) / 2 = 1.0; CS T: (300 / 600) / 0.5 = 1.0
        assertEquals(1.0, table2.ratio(Metric.NA, Superclass.CL), 1e-12);
        assertEquals(1.0, table2.ratio(Metric.T, Superclass.CS), 1e-12);
        assertEquals(0.5, table2.ratio(Metric.T, Superclass.US), 1e-12);
    }

    @Test
    void gainsPoolTheTasksOfBothSuperclassesOfAGroup() {
        // Cluttered nP: with a,a,b = 48 over 3, no a,b,b = 39 over 3 -> 48/39 - 1 = 3/13,
        // not the average of the superclass ratios (1.2 + 1.0) / 2 - 1 = 0.1.
        assertEquals(3.0 / 13, table2.gain(Metric.NP, GainGroup.CLUTTERED), 1e-12);
        // Small nP: with b,d = 21 over 2, no b,b,d = 34 over 3 -> (21/34) / (2/3) - 1 = -5/68
        assertEquals(-5.0 / 68, table2.gain(Metric.NP, GainGroup.SMALL), 1e-12);
        // Cluttered T: 1300 / 1100 - 1 = 2/11
        assertEquals(2.0 / 11, table2.gain(Metric.T, GainGroup.CLUTTERED), 1e-12);
        GroupComparison small = table2.byGainGroup().get(Metric.NP).get(GainGroup.SMALL);
        assertEquals(new ConditionPair(10.5, 34.0 / 3), small.means());
    }

    @Test
    void gainFormulaReproducesThePapersQuotedMeans() {
        // §5.2: Cluttered T 589.1 vs 440.9 s per query -> 33.6%; Small T 625.7 vs 491.2 s -> 27.3% (Table 2).
        assertEquals(0.336, XaiGain.gain(589.1 * 252, 252, 440.9 * 288, 288), 0.0005);
        assertEquals(0.274, XaiGain.gain(625.7 * 264, 264, 491.2 * 249, 249), 0.0005);
    }

    @Test
    void ratioIsUndefinedWithoutNoXaiData() {
        assertEquals(Double.NaN, XaiGain.normalisedRatio(10, 1, 0, 1));
        assertEquals(Double.NaN, XaiGain.normalisedRatio(10, 1, 5, 0));
    }
}
