package org.xcbir.archive;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.enterprise.context.Dependent;

/** Step 1: reads the archive's COCO files into the database (skipped when done before) and creates the index. */
@Named
@Dependent
public class ArchiveIngestBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String archiveId;

    @Override
    public String process() {
        ArchiveIndexing indexing = IndexingServices.indexing();
        int images = indexing.ingest(Long.parseLong(archiveId));
        indexing.prepareIndex(Long.parseLong(archiveId));
        return images + " images";
    }
}
