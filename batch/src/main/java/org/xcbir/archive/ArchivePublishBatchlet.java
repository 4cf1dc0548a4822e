package org.xcbir.archive;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.enterprise.context.Dependent;

/**
 * Last step: readies the finished index (foreign documents removed, merged into one segment), then points the
 * archive's search alias at it and marks the archive indexed.
 */
@Named
@Dependent
public class ArchivePublishBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String archiveId;

    @Override
    public String process() {
        long id = Long.parseLong(archiveId);
        IndexingServices.indexing().finish(id);
        IndexingServices.indexing().publish(id);
        return "published";
    }
}
