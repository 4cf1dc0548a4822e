package org.xcbir.archive;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.enterprise.context.Dependent;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the archive's image ids in ascending order; the checkpoint is the last id read. A fresh execution
 * starts after {@code resumeAfterImageId} (non-zero when it continues a run the server lost).
 */
@Named
@Dependent
public class ArchiveImageReader extends AbstractItemReader {
    private static final int PAGE = 256;

    @Inject
    @BatchProperty
    String archiveId;

    @Inject
    @BatchProperty
    String resumeAfterImageId;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint != null ? (Long) checkpoint
                : resumeAfterImageId == null || resumeAfterImageId.isBlank() ? 0L : Long.parseLong(resumeAfterImageId);
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(IndexingServices.indexing().imageIdsAfter(Long.parseLong(archiveId), lastId, PAGE));
            exhausted = page.isEmpty();
        }
        Long next = page.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
