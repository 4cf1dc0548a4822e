package org.xcbir.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xcbir.it.support.GeneratedArchives.await;
import static org.xcbir.it.support.GeneratedArchives.generate;

import java.nio.file.Path;
import org.xcbir.archive.Archive;
import org.xcbir.archive.ArchiveService;
import org.xcbir.archive.demo.DemoArchiveWriter;
import org.xcbir.descriptor.ModelRuntime;
import org.xcbir.retrieval.VectorIndex;

/** The steps of the ITs that take the server down while an archive is being indexed. */
public final class InterruptedIndexing {
    private InterruptedIndexing() {
    }

    /** In the server: a generated archive whose indexing is under way (32 or more images, not yet half). */
    public static void startUnderWay(ArchiveService archives, ModelRuntime model, String name, int images, long seed)
            throws Exception {
        await(() -> model.state().phase() == ModelRuntime.Phase.READY, 240);
        Path folder = generate(name, images, seed);
        Archive archive = archives.register(name, folder.toString(), DemoArchiveWriter.INSTANCES_FILE);
        archives.startIndexing(archive.getId());
        await(() -> archives.get(archive.getId()).getIndexedCount() >= 32, 300);
        Archive underWay = archives.get(archive.getId());
        assertEquals(Archive.IndexState.INDEXING, underWay.getIndexState());
        assertTrue(underWay.getIndexedCount() < images / 2, "still far from done: " + underWay.getIndexedCount());
    }

    /** On the client: starts the stopped domain and waits until the test module can run the next test. */
    public static void startAgain() throws InterruptedException {
        ItEnvironment.launcher("domain-start");
        String readiness = Readiness.awaitUp().body();
        // the launcher ran without the allocator settings in its environment: bin/xcbir gave them to the server
        assertEquals("ok", Readiness.inferenceEnvironment(readiness), readiness);
        // the test WAR starts after the application's readiness turns UP; the next test runs inside it
        String testRunner = ItEnvironment.appUrl() + "-tests/ArquillianServletRunnerEE9";
        await(() -> ItEnvironment.get(testRunner).statusCode() != 404, 120);
    }

    /** In the server: the run went on by itself after its last committed chunk and indexed every image once. */
    public static void assertContinuedToTheEnd(ArchiveService archives, VectorIndex vectorIndex, String name, int images)
            throws Exception {
        long archiveId = archives.list().stream().filter(a -> a.getName().equals(name)).findFirst().orElseThrow().getId();
        await(() -> archives.get(archiveId).getIndexState() == Archive.IndexState.INDEXED, 600);

        Archive done = archives.get(archiveId);
        assertTrue(archives.latestRunStartedAfterImageId(archiveId) > 0,
                "the new execution started after the interrupted run's last chunk");
        assertEquals(images, done.getIndexedCount(), archives.jobStatus(archiveId));
        assertEquals(images, vectorIndex.count(done.getIndexAlias()), "exactly one document per image");
    }
}
