package org.xcbir.it.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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
 * The server is stopped properly ({@code asadmin stop-domain}) while an archive is being indexed: the running job
 * is stopped after its current chunk before the application goes down (not cut off inside a transaction), and
 * after the next start the run continues by itself and the index ends with exactly one document per image.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchiveGracefulStopIT {
    private static final int IMAGES = 160;
    private static final String NAME = "it-graceful-stop";
    private static final String STOPPED_AT_CHUNK = "stopped after their current chunk";

    @Deployment
    static EnterpriseArchive application() {
        return Deployments.applicationWithTests(ArchiveGracefulStopIT.class);
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
        InterruptedIndexing.startUnderWay(archives, model, NAME, IMAGES, 23);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theServerIsStoppedAndStartedAgain() throws Exception {
        long before = logMentions(STOPPED_AT_CHUNK);
        ItEnvironment.launcher("domain-stop");
        assertEquals(before + 1, logMentions(STOPPED_AT_CHUNK),
                "the indexing job was stopped after its current chunk before the application went down");
        InterruptedIndexing.startAgain();
    }

    @Test
    @Order(3)
    void theRunContinuesAfterItsLastChunk() throws Exception {
        InterruptedIndexing.assertContinuedToTheEnd(archives, vectorIndex, NAME, IMAGES);
    }

    /** Lines of the domain's server logs (rotated ones included) that contain the text. */
    private static long logMentions(String text) throws IOException {
        Path logs = Path.of(System.getProperty("payara.home"), "glassfish", "domains", System.getProperty("it.domain"),
                "logs");
        long count = 0;
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("server.log")).toList()) {
                try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
                    count += lines.filter(line -> line.contains(text)).count();
                }
            }
        }
        return count;
    }
}
