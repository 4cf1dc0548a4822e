package org.xcbir.it.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xcbir.it.support.GeneratedArchives.await;
import static org.xcbir.it.support.GeneratedArchives.generate;

import jakarta.inject.Inject;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xcbir.archive.Archive;
import org.xcbir.archive.ArchiveService;
import org.xcbir.archive.demo.DemoArchiveWriter;
import org.xcbir.descriptor.ModelRuntime;
import org.xcbir.it.support.Deployments;
import org.xcbir.it.support.ItEnvironment;
import org.xcbir.it.support.Readiness;
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
        await(() -> model.state().phase() == ModelRuntime.Phase.READY, 240);
        Path folder = generate(NAME, IMAGES, 21);
        Archive archive = archives.register(NAME, folder.toString(), DemoArchiveWriter.INSTANCES_FILE);
        archives.startIndexing(archive.getId());
        await(() -> archives.get(archive.getId()).getIndexedCount() >= 32, 300);
        Archive underWay = archives.get(archive.getId());
        assertEquals(Archive.IndexState.INDEXING, underWay.getIndexState());
        assertTrue(underWay.getIndexedCount() < IMAGES / 2, "still far from done: " + underWay.getIndexedCount());
    }

    @Test
    @Order(2)
    @RunAsClient
    void theServerDiesAndIsStartedAgain() throws InterruptedException {
        ItEnvironment.launcher("domain-kill");
        ItEnvironment.launcher("domain-start");
        Readiness.awaitUp();
        // the test WAR starts after the application's readiness turns UP; the next test runs inside it
        String testRunner = ItEnvironment.appUrl() + "-tests/ArquillianServletRunnerEE9";
        await(() -> ItEnvironment.get(testRunner).statusCode() != 404, 120);
    }

    @Test
    @Order(3)
    void theRunContinuesAfterItsLastCommittedChunk() throws Exception {
        long archiveId = archives.list().stream().filter(a -> a.getName().equals(NAME)).findFirst().orElseThrow().getId();
        await(() -> archives.get(archiveId).getIndexState() == Archive.IndexState.INDEXED, 600);

        Archive done = archives.get(archiveId);
        assertTrue(archives.latestRunStartedAfterImageId(archiveId) > 0,
                "the new execution started after the interrupted run's last chunk");
        assertEquals(IMAGES, done.getIndexedCount(), archives.jobStatus(archiveId));
        assertEquals(IMAGES, vectorIndex.count(done.getIndexAlias()), "exactly one document per image");
    }
}
