package org.xcbir.it.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xcbir.it.support.GeneratedArchives.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xcbir.archive.demo.DemoArchiveWriter;
import org.xcbir.it.support.ApiClient;
import org.xcbir.it.support.Deployments;
import org.xcbir.it.support.GeneratedArchives;
import org.xcbir.it.support.ItEnvironment;

/** A whole relevance-feedback session driven by a script over the REST API: upload, mark, refine, export, import. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionApiIT {
    private static final int IMAGES = 60;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private final ApiClient admin = ApiClient.as("admin", ItEnvironment.initialAdminPassword());

    @Test
    void aScriptRunsASessionFromUploadToExportedClassifier() throws Exception {
        Path folder = GeneratedArchives.generate("session-api", IMAGES, 61, Path.of(System.getProperty("it.emoji")));
        ApiClient.Answer archive = admin.post("/archives", """
                {"name": "it-session-api", "imageFolder": "%s", "instancesFiles": ["%s"]}
                """.formatted(folder, DemoArchiveWriter.INSTANCES_FILE));
        long archiveId = archive.json().get("id").asLong();
        await(() -> admin.get("/archives/" + archiveId).json().get("indexState").asText().equals("INDEXED"), 600);

        byte[] image = Files.readAllBytes(folder.resolve(DemoArchiveWriter.IMAGES_FOLDER).resolve("000000000005.jpg"));
        ApiClient.Answer garbage = admin.postBytes("/sessions/upload?archiveId=" + archiveId + "&name=bad",
                "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        assertEquals(400, garbage.status(), "a corrupt upload is refused: " + garbage.body());
        ApiClient.Answer started = admin.postBytes("/sessions/upload?archiveId=" + archiveId + "&name=scripted",
                "image/jpeg", image);
        assertEquals(201, started.status(), started.body());
        long session = started.json().get("id").asLong();

        JsonNode page = admin.get("/sessions/" + session + "/results?offset=0&limit=10").json();
        assertEquals(10, page.get("results").size());
        assertEquals(1, page.get("results").get(0).get("rank").asInt());
        List<Long> ids = new ArrayList<>();
        page.get("results").forEach(r -> ids.add(r.get("imageId").asLong()));
        for (int i = 0; i < 6; i++) {
            String relevance = i < 3 ? "POSITIVE" : "NEGATIVE";
            ApiClient.Answer marked = admin.post("/sessions/" + session + "/marks",
                    "{\"imageId\": " + ids.get(i) + ", \"relevance\": \"" + relevance + "\"}");
            assertEquals(200, marked.status(), marked.body());
        }
        admin.post("/sessions/" + session + "/marks", "{\"imageId\": " + ids.get(0) + ", \"relevance\": \"POSITIVE\"}");
        assertEquals(400, admin.post("/sessions/" + session + "/marks", "{\"imageId\": 1, \"relevance\": \"POSITIVE\"}")
                .status(), "an image that is not a result of the session");
        assertEquals(404, admin.get("/sessions/" + session + "/classifier").status(), "no classifier before refining");

        JsonNode refined = admin.post("/sessions/" + session + "/refine?limit=20", "").json();
        assertEquals(1, refined.get("refinements").asInt());
        assertEquals(20, refined.get("results").size());
        JsonNode state = admin.get("/sessions/" + session).json();
        assertEquals(3, state.get("positives").size(), "the repeated mark was stored once");
        assertEquals(3, state.get("negatives").size());
        ApiClient.Answer classifier = admin.get("/sessions/" + session + "/classifier");
        assertEquals(200, classifier.status());
        assertTrue(classifier.body().length() > 100, "the trained classifier is downloadable");

        String exported = admin.get("/sessions/" + session + "/export").body();
        ApiClient.Answer imported = admin.post("/sessions/import", exported);
        assertEquals(201, imported.status(), imported.body());
        JsonNode copy = imported.json();
        assertEquals(state.get("positives"), copy.get("positives"));
        assertEquals(state.get("negatives"), copy.get("negatives"));
        assertTrue(copy.get("id").asLong() != session);

        assertEquals(204, admin.delete("/sessions/" + copy.get("id").asLong()).status());
        assertEquals(404, admin.get("/sessions/" + copy.get("id").asLong()).status());
        assertTrue(admin.get("/sessions").json().findValuesAsText("name").contains("scripted"));
    }
}
