package org.xcbir.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IndexingProgressTest {
    private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void rateCountsOnlyThisRunsImages() {
        IndexingProgress progress = new IndexingProgress(100, 160, 400, START, START.plusSeconds(20));
        assertEquals(3.0, progress.imagesPerSecond().orElseThrow(), 1e-9);
        assertEquals(Duration.ofSeconds(80), progress.timeLeft().orElseThrow());
        assertEquals("3.0 images/s, about 80 s left", progress.describe());
    }

    @Test
    void longJobsAreShownInMinutesAndHours() {
        assertEquals("2.0 images/s, about 8 min left",
                new IndexingProgress(0, 20, 1000, START, START.plusSeconds(10)).describe());
        assertEquals("1.0 images/s, about 34.2 h left",
                new IndexingProgress(0, 10, 123_287, START, START.plusSeconds(10)).describe());
    }

    @Test
    void beforeTheFirstChunkThereIsNoRate() {
        assertEquals("starting", new IndexingProgress(50, 50, 400, START, START.plusSeconds(30)).describe());
        assertEquals("starting", new IndexingProgress(0, 10, 400, START, START).describe());
    }
}
