package org.xcbir.it.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
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
import org.xcbir.archive.demo.DemoArchiveSettings;
import org.xcbir.archive.demo.DemoArchiveWriter;
import org.xcbir.descriptor.ModelRuntime;
import org.xcbir.it.support.Deployments;
import org.xcbir.it.support.GeneratedArchives;
import org.xcbir.it.support.InterruptedIndexing;
import org.xcbir.it.support.ItEnvironment;
import org.xcbir.retrieval.VectorIndex;

/**
 * The server is stopped properly ({@code asadmin stop-domain}) while an archive is being indexed: the running job
 * is stopped after its current chunk before the application goes down (not cut off inside a transaction), and
 * after the next start the run continues by itself and the index ends with exactly one document per image. A demo
 * archive being rendered at the same time stops after its current scene, leaving no file that looks complete.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchiveGracefulStopIT {
    private static final int IMAGES = 160;
    private static final String NAME = "it-graceful-stop";
    private static final String STOPPED_AT_CHUNK = "stopped after their current chunk";
    private static final String DEMO = "it-graceful-demo";
    private static final String DEMO_STOPPED = "Demo archive " + DEMO + ": stopped";

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
        archives.generateDemo(DEMO, DemoArchiveSettings.defaults(20_000, 5));
        GeneratedArchives.await(() -> renderedScenes() > 0, 120);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theServerIsStoppedAndStartedAgain() throws Exception {
        long before = logMentions(STOPPED_AT_CHUNK);
        long demoStopsBefore = logMentions(DEMO_STOPPED);
        ItEnvironment.launcher("domain-stop");
        assertEquals(before + 1, logMentions(STOPPED_AT_CHUNK),
                "the indexing and demo jobs were stopped (after their current chunk or scene) before the application"
                        + " went down");
        assertEquals(demoStopsBefore + 1, logMentions(DEMO_STOPPED), "the demo generation heard the stop");
        InterruptedIndexing.startAgain();
    }

    @Test
    @Order(3)
    void theRunContinuesAfterItsLastChunk() throws Exception {
        InterruptedIndexing.assertContinuedToTheEnd(archives, vectorIndex, NAME, IMAGES);
    }

    @Test
    @Order(4)
    void theStoppedDemoArchiveKeepsItsScenesForTheNextRunAndNoInstancesFile() throws Exception {
        long scenes = renderedScenes();
        assertTrue(scenes > 0 && scenes < 20_000, "scenes rendered before the stop: " + scenes);
        assertTrue(Files.notExists(demoFolder().resolve(DemoArchiveWriter.INSTANCES_FILE)));
        assertTrue(archives.list().stream().noneMatch(a -> a.getName().equals(DEMO)), "not registered half-way");
    }

    /** In the server: complete scenes in the demo generation's resumption file (its first line is the settings). */
    private static long renderedScenes() {
        Path scenes = demoFolder().resolve(DemoArchiveWriter.INSTANCES_FILE + ".scenes");
        try (Stream<String> lines = Files.lines(scenes, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.matches("\\d+\t\\[.*\\]")).count();
        } catch (IOException | UncheckedIOException e) {
            return 0; // not there yet
        }
    }

    private static Path demoFolder() {
        String dataDir = ConfigProvider.getConfig().getOptionalValue("xcbir.data.dir", String.class)
                .orElse(System.getProperty("com.sun.aas.instanceRoot") + "/xcbir-data");
        return Path.of(dataDir, "archives", DEMO);
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
