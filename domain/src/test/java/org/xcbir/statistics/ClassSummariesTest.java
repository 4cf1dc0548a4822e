package org.xcbir.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassSummariesTest {

    @Test
    void meansPerConditionAndXaiRatioPerClass() {
        List<ClassSummary> summaries = ClassSummaries.of(TestData.handComputed());

        assertEquals(List.of("a", "b", "c", "d"), summaries.stream().map(ClassSummary::className).toList());
        ClassSummary a = summaries.get(0);
        assertEquals(new ConditionPair(2, 1), a.tasks());
        assertEquals(new ConditionPair(18, 15), a.means().get(Metric.NP));
        assertEquals(new ConditionPair(35, 35), a.means().get(Metric.NA));
        assertEquals(new ConditionPair(500, 500), a.means().get(Metric.T));
        assertEquals(1.2, a.xaiRatio(), 1e-12);
        assertEquals(0.9, summaries.get(3).xaiRatio(), 1e-12);
    }

    @Test
    void missingConditionGivesNaNRatherThanZero() {
        ClassSummary only = ClassSummaries.of(List.of(TestData.with("x", 5, 5, 5))).get(0);

        assertEquals(Double.NaN, only.means().get(Metric.NP).noXai());
        assertEquals(Double.NaN, only.xaiRatio());
    }
}
