package org.xcbir.it.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xcbir.it.support.GeneratedArchives.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xcbir.archive.ArchiveImage;
import org.xcbir.archive.ArchiveStatisticsCollector;
import org.xcbir.archive.CocoInstancesReader;
import org.xcbir.archive.demo.DemoArchiveWriter;
import org.xcbir.it.support.ApiClient;
import org.xcbir.it.support.Deployments;
import org.xcbir.it.support.GeneratedArchives;
import org.xcbir.it.support.ItEnvironment;

/**
 * A script registers and indexes an archive through the REST API with HTTP Basic, reads an image's ground truth;
 * mistakes get clear answers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArchiveApiIT {
    private static final int IMAGES = 24;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private final ApiClient admin = ApiClient.as("admin", ItEnvironment.initialAdminPassword());

    @Test
    void aScriptRegistersAnArchiveAndWatchesItBeingIndexed() throws Exception {
        Path folder = GeneratedArchives.generate("api", IMAGES, 31, Path.of(System.getProperty("it.emoji")));
        String registration = """
                {"name": "it-api", "imageFolder": "%s", "instancesFiles": ["%s"]}
                """.formatted(folder, DemoArchiveWriter.INSTANCES_FILE);

        ApiClient.Answer created = admin.post("/archives", registration);
        assertEquals(201, created.status(), created.body());
        long id = created.json().get("id").asLong();
        assertTrue(created.response().headers().firstValue("Location").orElse("").endsWith("/api/archives/" + id));

        ApiClient.Answer twice = admin.post("/archives", registration);
        assertEquals(400, twice.status(), "a second registration (double submit) is refused: " + twice.body());
        assertTrue(twice.json().get("error").asText().contains("exists already"), twice.body());

        await(() -> !admin.get("/archives/" + id).json().get("indexState").asText().equals("INDEXING"), 300);
        JsonNode archive = admin.get("/archives/" + id).json();
        assertEquals("INDEXED", archive.get("indexState").asText(), archive.toString());
        assertEquals(IMAGES, archive.get("indexedCount").asInt());
        assertEquals(0, archive.get("skippedCount").asInt());
        assertTrue(archive.get("imagesPerSecond").asDouble() > 0, archive.toString());

        ArchiveStatisticsCollector expected = new ArchiveStatisticsCollector();
        new CocoInstancesReader().read(folder.resolve(DemoArchiveWriter.INSTANCES_FILE), expected);
        Set<String> expectedClasses = new TreeSet<>();
        expected.statistics().occurringClasses().forEach(c -> expectedClasses.add(c.category().name()));
        Set<String> classes = new TreeSet<>();
        admin.get("/archives/" + id + "/classes").json().forEach(c -> {
            if (c.get("imageCount").asInt() > 0) {
                classes.add(c.get("name").asText());
            }
        });
        assertEquals(expectedClasses, classes);
        assertEquals(0, admin.get("/archives/" + id + "/skipped").json().size());
        assertTrue(admin.get("/archives").json().findValuesAsText("name").contains("it-api"));
        String executions = asadmin("list-batch-job-executions");
        assertTrue(executions.lines().anyMatch(line -> line.contains("archive-index") && line.contains("COMPLETED")),
                "the indexing job is visible to administrators: " + executions);

        JsonNode coco = new ObjectMapper().readTree(folder.resolve(DemoArchiveWriter.INSTANCES_FILE).toFile());
        JsonNode first = coco.get("images").get(0);
        long imageId = ArchiveImage.idOf(id, first.get("id").asLong());
        JsonNode image = admin.get("/archives/" + id + "/images/" + imageId).json();
        assertEquals(first.get("file_name").asText(), Path.of(image.get("fileName").asText()).getFileName().toString());
        assertEquals(first.get("width").asInt(), image.get("width").asInt());
        assertTrue(image.get("sha256").asText().matches("[0-9a-f]{64}"), image.toString());
        List<JsonNode> instances = new ArrayList<>();
        coco.get("annotations").forEach(a -> {
            if (a.get("image_id").asLong() == first.get("id").asLong()) {
                instances.add(a);
            }
        });
        assertEquals(instances.size(), image.get("annotations").size(), image.toString());
        for (int i = 0; i < 4; i++) {
            assertEquals(instances.get(0).get("bbox").get(i).asDouble(),
                    image.get("annotations").get(0).get("box").get(i).asDouble(), 1e-9, "box value " + i);
        }
        ApiClient.Answer foreign = admin.get("/archives/" + id + "/images/" + ArchiveImage.idOf(id + 1, 1));
        assertEquals(404, foreign.status(), foreign.body());
        assertTrue(foreign.json().get("error").asText().contains("has no image"), foreign.body());
    }

    /** Output of an asadmin command against the IT domain. */
    private static String asadmin(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("payara.home"), "bin", "asadmin").toString(),
                "--port", System.getProperty("it.admin.port"), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "asadmin " + command + " ended");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    @Test
    void mistakesAreAnsweredWithAStatusAndAMessage() {
        ApiClient.Answer anonymous = ApiClient.anonymous().get("/archives");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.response().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, ApiClient.as("admin", "wrong password").get("/archives").status());

        ApiClient.Answer unknown = admin.get("/archives/987654321");
        assertEquals(404, unknown.status(), unknown.body());
        assertTrue(unknown.json().get("error").asText().contains("987654321"));

        ApiClient.Answer noFolder = admin.post("/archives",
                "{\"name\": \"it-nowhere\", \"imageFolder\": \"/nonexistent/xcbir\", \"instancesFiles\": [\"a.json\"]}");
        assertEquals(400, noFolder.status(), noFolder.body());
        assertTrue(noFolder.json().get("error").asText().contains("does not exist"), noFolder.body());
        assertEquals(400, admin.post("/archives", "{").status(), "malformed JSON");
        ApiClient.Answer noObjects = admin.post("/archives/demo",
                "{\"name\": \"it-no-objects\", \"images\": 10, \"seed\": 1, \"objectsMax\": 0}");
        assertEquals(400, noObjects.status(), noObjects.body());
        assertTrue(noObjects.json().get("error").asText().contains("max"), noObjects.body());
        ApiClient.Answer noPhotos = admin.post("/archives/demo",
                "{\"name\": \"it-no-photos\", \"images\": 10, \"seed\": 1, \"backgrounds\": \"/nonexistent/photos\"}");
        assertEquals(400, noPhotos.status(), noPhotos.body());
        assertTrue(noPhotos.json().get("error").asText().contains("/nonexistent/photos"), noPhotos.body());
        assertTrue(admin.get("/archives").json().findValuesAsText("name").stream().noneMatch("it-nowhere"::equals),
                "nothing was stored for the refused registration");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        String document = ItEnvironment.get(ItEnvironment.appUrl().replace("/xcbir", "") + "/openapi").body();
        assertTrue(document.contains("/api/archives/{id}/indexing"), document.length() > 2000 ? document.substring(0, 2000) : document);
        assertTrue(document.contains("basic"), "the security scheme is documented");
    }
}
