package org.xcbir.it.archive;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xcbir.archive.ArchiveService;
import org.xcbir.descriptor.ModelRuntime;
import org.xcbir.it.support.Deployments;
import org.xcbir.it.support.InterruptedIndexing;
import org.xcbir.it.support.ItEnvironment;
import org.xcbir.retrieval.VectorIndex;

/**
 * The server process dies (kill -9) while an archive is being indexed. After the restart the run continues after
 * its last committed chunk, by itself, and the index ends with exactly one document per image.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchiveCrashRecoveryIT {
    private static final int IMAGES = 160;
    private static final String NAME = "it-crash";

    @Deployment
    static EnterpriseArchive application() {
        return Deployments.applicationWithTests(ArchiveCrashRecoveryIT.class);
    }

    @Inject
    ArchiveService archives;

    @Inject
    ModelRuntime model;

    @Inject
    VectorIndex vectorIndex;

    @Test
    @Order(1)
    void anArchiveIsBeingIndexed() throws Exception {
        InterruptedIndexing.startUnderWay(archives, model, NAME, IMAGES, 21);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theServerDiesAndIsStartedAgain() throws InterruptedException {
        ItEnvironment.launcher("domain-kill");
        InterruptedIndexing.startAgain();
    }

    @Test
    @Order(3)
    void theRunContinuesAfterItsLastCommittedChunk() throws Exception {
        InterruptedIndexing.assertContinuedToTheEnd(archives, vectorIndex, NAME, IMAGES);
    }
}
