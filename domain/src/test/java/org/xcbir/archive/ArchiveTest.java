package org.xcbir.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArchiveTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void theResumePointOnlyMovesForwardAndAContinuedRunKeepsIt() {
        Archive archive = new Archive("coco", "/data/coco", "/data/coco/instances.json", NOW);
        archive.ingested(100, 250);
        archive.indexingStartedOver(1, "xcbir-coco", "model-a", NOW);
        archive.progress(32, 0, 40_000_032L);
        archive.progress(32, 0, 40_000_016L); // a late, smaller report must not move the resume point back
        assertEquals(40_000_032L, archive.getIndexedUpToImageId());

        archive.indexingEnded(Archive.IndexState.INTERRUPTED, NOW.plusSeconds(30));
        archive.indexingStarted(2, "xcbir-coco", "model-a", NOW.plusSeconds(60));
        assertEquals(40_000_032L, archive.getIndexedUpToImageId());
        assertEquals(32, archive.getIndexedCount());
        assertEquals(Archive.IndexState.INDEXING, archive.getIndexState());
    }

    @Test
    void startingOverForgetsThePreviousRun() {
        Archive archive = new Archive("coco", "/data/coco", "/data/coco/instances.json", NOW);
        archive.ingested(100, 250);
        archive.indexingStartedOver(1, "xcbir-coco", "model-a", NOW);
        archive.progress(98, 2, 40_000_100L);
        archive.indexingEnded(Archive.IndexState.INDEXED, NOW.plusSeconds(30));

        archive.indexingStartedOver(2, "xcbir-coco", "model-b", NOW.plusSeconds(600));
        assertEquals(0, archive.getIndexedUpToImageId());
        assertEquals(0, archive.getIndexedCount());
        assertEquals(0, archive.getSkippedCount());
        assertEquals(0, archive.getProgressPercent());
    }
}
