package org.xcbir.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryDistributionTest {

    @Test
    void reproducesThePapersTable1FromItsRawCounts() {
        // Paper Table 1 qD-raw (with / no): CL 111/138, CS 141/150, UL 101/89, US 123/99.
        List<TaskResult> tasks = new ArrayList<>();
        addTasks(tasks, "a", 111, 138);
        addTasks(tasks, "b", 141, 150);
        addTasks(tasks, "c", 101, 89);
        addTasks(tasks, "d", 123, 99);

        QueryDistribution table1 = QueryDistribution.of(tasks, SuperclassSplit.of(TestData.fourClasses()));

        assertEquals(476, table1.total(Condition.WITH_XAI));
        assertEquals(476, table1.total(Condition.NO_XAI));
        // qD row of the paper: 0.23 0.30 | 0.29 0.32 and 0.21 0.26 | 0.19 0.21
        assertEquals(0.23, table1.fractions(Superclass.CL).withXai(), 0.005);
        assertEquals(0.30, table1.fractions(Superclass.CS).withXai(), 0.005);
        assertEquals(0.29, table1.fractions(Superclass.CL).noXai(), 0.005);
        assertEquals(0.32, table1.fractions(Superclass.CS).noXai(), 0.005);
        assertEquals(0.21, table1.fractions(Superclass.UL).withXai(), 0.005);
        assertEquals(0.26, table1.fractions(Superclass.US).withXai(), 0.005);
        assertEquals(0.19, table1.fractions(Superclass.UL).noXai(), 0.005);
        assertEquals(0.21, table1.fractions(Superclass.US).noXai(), 0.005);
        // ratio row: 0.80 0.94 / 1.13 1.24
        assertEquals(0.80, table1.ratio(Superclass.CL), 0.005);
        assertEquals(0.94, table1.ratio(Superclass.CS), 0.005);
        assertEquals(1.13, table1.ratio(Superclass.UL), 0.005);
        assertEquals(1.24, table1.ratio(Superclass.US), 0.005);
    }

    @Test
    void handComputedCountsFractionsAndRatios() {
        QueryDistribution table1 = QueryDistribution.of(TestData.handComputed(), SuperclassSplit.of(TestData.fourClasses()));

        assertEquals(2, table1.count(Superclass.CL, Condition.WITH_XAI));
        assertEquals(1, table1.count(Superclass.CL, Condition.NO_XAI));
        assertEquals(new ConditionPair(0.4, 0.2), table1.fractions(Superclass.CL));
        assertEquals(2.0, table1.ratio(Superclass.CL), 1e-12);
        assertEquals(0.5, table1.ratio(Superclass.CS), 1e-12);
        assertEquals(1.0, table1.ratio(Superclass.UL), 1e-12);
    }

    @Test
    void ratioIsUndefinedWhenASuperclassHasNoNoXaiTasks() {
        QueryDistribution table1 = QueryDistribution.of(List.of(TestData.with("a", 1, 1, 1), TestData.no("b", 1, 1, 1)),
                SuperclassSplit.of(TestData.fourClasses()));

        assertEquals(Double.NaN, table1.ratio(Superclass.CL));
        assertEquals(0.0, table1.ratio(Superclass.CS));
    }

    private static void addTasks(List<TaskResult> tasks, String queryClass, int withXai, int noXai) {
        for (int i = 0; i < withXai; i++) {
            tasks.add(TestData.with(queryClass, 12, 30, 500));
        }
        for (int i = 0; i < noXai; i++) {
            tasks.add(TestData.no(queryClass, 12, 30, 500));
        }
    }
}
