package org.xcbir.it.saliency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xcbir.it.support.GeneratedArchives.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xcbir.archive.ArchiveImage;
import org.xcbir.archive.demo.DemoArchiveWriter;
import org.xcbir.it.support.ApiClient;
import org.xcbir.it.support.Deployments;
import org.xcbir.it.support.GeneratedArchives;
import org.xcbir.it.support.ItEnvironment;

/**
 * Saliency maps over the REST API and the map servlet, with the real descriptor on a generated archive: maps on
 * screen are queued and fill in, are served with caching headers to their session's owner only, are precomputed
 * by the batch job so a new session finds them done, and ten concurrent screens keep the queue and the server's
 * memory bounded while the server keeps answering.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SaliencyIT {
    private static final int IMAGES = 80;
    private static final int MAP_SECONDS = 600;

    private static long archiveId;
    private static Path folder;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private final ApiClient admin = ApiClient.as("admin", ItEnvironment.initialAdminPassword());

    private long archive() throws Exception {
        if (archiveId == 0) {
            folder = GeneratedArchives.generate("saliency", IMAGES, 83, Path.of(System.getProperty("it.emoji")));
            ApiClient.Answer created = admin.post("/archives", """
                    {"name": "it-saliency", "imageFolder": "%s", "instancesFiles": ["%s"]}
                    """.formatted(folder, DemoArchiveWriter.INSTANCES_FILE));
            assertEquals(201, created.status(), created.body());
            archiveId = created.json().get("id").asLong();
            await(() -> admin.get("/archives/" + archiveId).json().get("indexState").asText().equals("INDEXED"), 600);
        }
        return archiveId;
    }

    /** The stable id of the demo image with this COCO id (the generator numbers images from 1). */
    private long imageId(int cocoId) throws Exception {
        return ArchiveImage.idOf(archive(), cocoId);
    }

    private long session(long queryImageId) {
        ApiClient.Answer started = admin.post("/sessions", "{\"name\": \"maps\", \"queryImageId\": " + queryImageId + "}");
        assertEquals(201, started.status(), started.body());
        return started.json().get("id").asLong();
    }

    private List<Long> results(long session, int count) {
        List<Long> ids = new ArrayList<>();
        admin.get("/sessions/" + session + "/results?offset=0&limit=" + count).json().get("results")
                .forEach(r -> ids.add(r.get("imageId").asLong()));
        return ids;
    }

    private static String body(List<Long> ids) {
        return "{\"imageIds\": " + ids + "}";
    }

    private static String states(JsonNode statuses) {
        List<String> states = new ArrayList<>();
        statuses.forEach(s -> states.add(s.get("state").asText()));
        return String.join(",", states);
    }

    @Test
    @Order(1)
    void mapsOnScreenFillInAndAreServedWithCachingHeadersToTheirOwnerOnly() throws Exception {
        long session = session(imageId(3));
        List<Long> shown = results(session, 3);
        JsonNode first = admin.post("/sessions/" + session + "/maps", body(shown)).json();
        assertEquals(3, first.size());
        assertFalse(states(first).contains("DONE"), "nothing is computed before it is asked for: " + states(first));
        assertTrue(states(first).matches("(QUEUED|RUNNING)(,(QUEUED|RUNNING)){2}"), states(first));

        String query = shown.stream().map(id -> "image=" + id).collect(Collectors.joining("&"));
        List<String> seen = new ArrayList<>();
        await(() -> {
            String now = states(admin.get("/sessions/" + session + "/maps?" + query).json());
            seen.add(now);
            return now.equals("DONE,DONE,DONE");
        }, MAP_SECONDS);
        assertTrue(seen.stream().anyMatch(s -> s.contains("DONE") && !s.equals("DONE,DONE,DONE")),
                "maps finish one by one, not all at once: " + seen);
        assertTrue(seen.stream().anyMatch(s -> s.startsWith("DONE") && !s.endsWith("DONE")),
                "the first result on screen is computed first: " + seen);

        JsonNode done = admin.get("/sessions/" + session + "/maps?" + query).json();
        String version = done.get(0).get("version").asText();
        String url = "/saliency/" + session + "/" + shown.get(0) + ".png?v=" + version;
        HttpResponse<byte[]> map = admin.download(url);
        assertEquals(200, map.statusCode());
        assertEquals("image/png", map.headers().firstValue("Content-Type").orElse(""));
        assertTrue(map.headers().firstValue("Cache-Control").orElse("").contains("immutable"), map.headers().toString());
        String etag = map.headers().firstValue("ETag").orElseThrow();
        BufferedImage overlay = ImageIO.read(new ByteArrayInputStream(map.body()));
        BufferedImage original = ImageIO.read(new ByteArrayInputStream(admin.download("/images/" + shown.get(0)).body()));
        assertEquals(original.getWidth(), overlay.getWidth(), "the map is drawn at the image's native size");
        assertEquals(original.getHeight(), overlay.getHeight());
        assertTrue(differingPixels(original, overlay) > original.getWidth() * original.getHeight() / 2,
                "the map colours the image");
        assertEquals(304, admin.download(url, "If-None-Match", etag).statusCode(), "revalidation is answered by the ETag");
        HttpResponse<byte[]> viridis = admin.download("/saliency/" + session + "/" + shown.get(0) + ".png?colours=viridis");
        assertEquals(200, viridis.statusCode());
        assertFalse(etag.equals(viridis.headers().firstValue("ETag").orElse("")), "each colour map has its own tag");
        assertEquals(200, admin.download("/saliency/legend/jet.png").statusCode());

        assertEquals(404, admin.download("/saliency/" + (session + 1000) + "/" + shown.get(0) + ".png").statusCode(),
                "a session that is not yours does not exist");
        assertEquals(401, ApiClient.as("admin", "wrong").download(url).statusCode());
        assertEquals(400, admin.post("/sessions/" + session + "/maps", body(List.of(shown.get(0), 999_999_999L))).status(),
                "an image outside the session's archive");
        assertEquals(400, admin.post("/sessions/" + session + "/maps", "{\"imageIds\": []}").status());
        ApiClient.Answer again = admin.post("/sessions/" + session + "/maps", body(shown));
        assertEquals("DONE,DONE,DONE", states(again.json()), "stored maps are done at once when shown again");
    }

    @Test
    @Order(2)
    void thePrecomputeJobFillsTheCacheSoANewSessionFindsItsMapsDone() throws Exception {
        long query = imageId(11);
        ApiClient.Answer started = admin.post("/saliency/precompute",
                "{\"queryImageIds\": [" + query + "], \"resultsPerQuery\": 3}");
        assertEquals(202, started.status(), started.body());
        assertEquals(3, started.json().get("pairs").asInt());
        long execution = started.json().get("executionId").asLong();
        await(() -> admin.get("/saliency/precompute/" + execution).json().get("status").asText().equals("COMPLETED"),
                MAP_SECONDS);
        JsonNode progress = admin.get("/saliency/precompute/" + execution).json();
        assertEquals(3, progress.get("pairsDone").asInt(), progress.toString());
        assertEquals(0, progress.get("pairsFailed").asInt());

        long session = session(query);
        List<Long> first = results(session, 3);
        String statuses = states(admin.get("/sessions/" + session + "/maps?"
                + first.stream().map(id -> "image=" + id).collect(Collectors.joining("&"))).json());
        assertEquals("DONE,DONE,DONE", statuses, "the job computed exactly the maps a search from the image shows");
        assertEquals(400, admin.post("/saliency/precompute", "{\"pairs\": []}").status());
        assertEquals(400, admin.post("/saliency/precompute",
                "{\"pairs\": [{\"queryImageId\": " + query + ", \"resultImageId\": 999999999}]}").status());
        assertEquals(400, admin.get("/saliency/precompute/999999").status(), "no such job execution");
    }

    @Test
    @Order(3)
    void tenConcurrentScreensKeepTheQueueAndMemoryBoundedAndTheServerAnswering() throws Exception {
        archive();
        int screens = 10;
        int perScreen = 25;
        JsonNode before = admin.get("/saliency/queue").json();
        int capacity = before.get("capacity").asInt();
        long residentBefore = ItEnvironment.serverResidentBytes();
        List<Long> sessions = new ArrayList<>();
        for (int i = 0; i < screens; i++) {
            sessions.add(session(imageId(20 + i)));
        }
        ExecutorService clients = Executors.newFixedThreadPool(screens);
        try {
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (long session : sessions) {
                answers.add(clients.submit(() -> admin.post("/sessions/" + session + "/maps",
                        body(results(session, perScreen))).json()));
            }
            int rejected = 0;
            for (Future<JsonNode> answer : answers) {
                for (JsonNode status : answer.get()) {
                    if (status.get("state").asText().equals("REJECTED")) {
                        rejected++;
                        assertTrue(status.get("message").asText().length() > 10, "a rejected map says why");
                    }
                }
            }
            assertTrue(rejected > 0, "250 maps do not fit a queue of " + capacity);
            long peakResident = residentBefore;
            for (int sample = 0; sample < 20; sample++) {
                JsonNode queue = admin.get("/saliency/queue").json();
                assertTrue(queue.get("queued").asInt() <= capacity, queue.toString());
                assertTrue(queue.get("running").asInt() <= queue.get("workers").asInt(), queue.toString());
                assertEquals(200, ItEnvironment.get(ItEnvironment.readinessUrl()).statusCode(),
                        "the server answers while maps are computed");
                assertEquals(200, admin.get("/sessions/" + sessions.get(0)).status());
                peakResident = Math.max(peakResident, ItEnvironment.serverResidentBytes());
                Thread.sleep(1000);
            }
            assertTrue(peakResident - residentBefore < 1_500_000_000L,
                    "memory grows by less than 1.5 GB: " + residentBefore + " -> " + peakResident);
        } finally {
            clients.shutdownNow();
            for (long session : sessions) {
                assertEquals(204, admin.delete("/sessions/" + session + "/maps").status(), "leaving the screen");
            }
        }
        JsonNode after = admin.get("/saliency/queue").json();
        assertEquals(0, after.get("queued").asInt(), "maps that left every screen are dropped: " + after);
        assertTrue(after.get("rejected").asLong() > before.get("rejected").asLong());
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if ((a.getRGB(x, y) & 0xFFFFFF) != (b.getRGB(x, y) & 0xFFFFFF)) {
                    differing++;
                }
            }
        }
        return differing;
    }
}
