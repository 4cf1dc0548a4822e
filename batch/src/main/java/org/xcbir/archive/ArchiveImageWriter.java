package org.xcbir.archive;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.enterprise.context.Dependent;
import java.util.List;

/** Embeds and indexes one chunk of images, in the chunk's transaction (progress commits with the checkpoint). */
@Named
@Dependent
public class ArchiveImageWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String archiveId;

    @Override
    public void writeItems(List<Object> items) {
        IndexingServices.indexing().index(Long.parseLong(archiveId), items.stream().map(Long.class::cast).toList());
    }
}
