package org.xcbir.archive;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * What the archive indexing batch job asks of the services (implemented by an EJB; the job's artifacts live in a
 * library jar and reach it through this interface).
 */
public interface ArchiveIndexing {

    /** Reads the archive's COCO files into the database unless that was done already; returns the image count. */
    int ingest(long archiveId);

    /** Creates the archive's search index for the current model if it does not exist yet. */
    void prepareIndex(long archiveId);

    /** Up to {@code limit} image ids of the archive greater than {@code afterId}, ascending. */
    List<Long> imageIdsAfter(long archiveId, long afterId, int limit);

    /** Embeds and indexes these images; unreadable ones are recorded as skipped. Idempotent. */
    void index(long archiveId, List<Long> imageIds);

    /**
     * Readies the finished index for searches: removes documents an earlier archive of the same name left in it,
     * then merges it into one segment, so a kNN search walks one HNSW graph instead of one per segment (tens after
     * bulk indexing). The merge is best effort: a failed or overlong one is logged and the index stays usable.
     * Returns false when {@code stopRequested} said so during the merge (the job was stopped: do not publish).
     */
    boolean finish(long archiveId, BooleanSupplier stopRequested);

    /** Points the archive's search alias at the finished index and marks the archive indexed. */
    void publish(long archiveId);
}
