package org.xcbir.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xcbir.retrieval.adjudication.Mark;
import org.xcbir.retrieval.adjudication.Relevance;
import org.xcbir.statistics.TaskResult;

class TaskSummaryTest {

    @Test
    void countsTruePositivesByGroundTruthAndJudgementsInForce() {
        Set<Long> ofClass = Set.of(1L, 2L, 5L);
        List<Mark> marks = List.of(new Mark(1, Relevance.POSITIVE), new Mark(2, Relevance.POSITIVE),
                new Mark(3, Relevance.POSITIVE), new Mark(4, Relevance.NEGATIVE), new Mark(5, Relevance.NEGATIVE),
                new Mark(6, Relevance.NEUTRAL));
        Instant start = Instant.parse("2026-05-01T10:00:00Z");

        TaskResult result = TaskSummary.of("p1", false, new QueryImage("42", "dog"), Condition.WITH_XAI, marks, 3,
                start, start.plusMillis(95_500), ofClass::contains);

        assertEquals(new TaskResult("p1", false, "42", "dog", org.xcbir.statistics.Condition.WITH_XAI, 2, 1, 5, 3,
                95.5), result);
    }

    @Test
    void anImageCountsOnceWithItsLastJudgementAndTheQueryIsNotFound() {
        Set<Long> ofClass = Set.of(1L, 2L, 42L);
        List<Mark> marks = List.of(new Mark(42, Relevance.POSITIVE), new Mark(1, Relevance.POSITIVE),
                new Mark(1, Relevance.NEGATIVE), new Mark(2, Relevance.NEGATIVE), new Mark(2, Relevance.POSITIVE),
                new Mark(3, Relevance.POSITIVE), new Mark(3, Relevance.NEUTRAL), new Mark(2, Relevance.POSITIVE));
        Instant start = Instant.parse("2026-05-01T10:00:00Z");

        TaskResult result = TaskSummary.of("p1", false, new QueryImage("42", "dog"), Condition.NO_XAI, marks, 0,
                start, start.plusSeconds(10), ofClass::contains);

        // 2 relevant (true), 1 not relevant; 3 back to neutral; the query's own mark does not count
        assertEquals(new TaskResult("p1", false, "42", "dog", org.xcbir.statistics.Condition.NO_XAI, 1, 0, 2, 0,
                10.0), result);
    }
}
