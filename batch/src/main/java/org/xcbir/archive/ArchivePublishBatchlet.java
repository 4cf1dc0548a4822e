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

    private volatile boolean stopRequested;

    @Override
    public String process() {
        long id = Long.parseLong(archiveId);
        if (!IndexingServices.indexing().finish(id, () -> stopRequested)) {
            return "stopped before publishing"; // the step ends STOPPED; a restart runs this step again
        }
        IndexingServices.indexing().publish(id);
        return "published";
    }

    /** Stop during the merge of a large index (minutes): the merge goes on in Elasticsearch, publishing waits. */
    @Override
    public void stop() {
        stopRequested = true;
    }
}
