package org.xcbir.archive;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.enterprise.context.Dependent;

/** Last step: points the archive's search alias at the finished index and marks the archive indexed. */
@Named
@Dependent
public class ArchivePublishBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String archiveId;

    @Override
    public String process() {
        IndexingServices.indexing().publish(Long.parseLong(archiveId));
        return "published";
    }
}
