package org.xcbir.it.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xcbir.it.support.GeneratedArchives.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.xcbir.it.support.ApiClient;
import org.xcbir.it.support.Browser;
import org.xcbir.it.support.Deployments;
import org.xcbir.it.support.GeneratedArchives;
import org.xcbir.it.support.ItEnvironment;

/**
 * A simulated study of 60 participants on a generated demo archive, over the real services: the simulation job
 * runs them through whole HITs (ground-truth policy; two more with the map-trusting policy use real saliency maps),
 * the statistics job computes the report, and the report's tables, figures and spreadsheet come out. The web
 * report and {@code bin/xcbir stats} (the CLI, run as its own process on the exported inputs) agree table by table.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SimulatedStudyIT {
    private static final int PARTICIPANTS = 60;
    private static final int TARGET = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TABLES = List.of("summary", "per-class", "table1", "table2", "table2-gains",
            "p-values", "figure4", "questionnaire", "figure5");

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private final ApiClient admin = ApiClient.as("admin", ItEnvironment.initialAdminPassword());

    @Test
    void aSimulatedStudyProducesEveryTableFigureAndExportAndTheCliAgrees(@TempDir Path work) throws Exception {
        long archiveId = GeneratedArchives.registerIndexed(admin, "it-simulated", 160, 131);
        JsonNode pool = admin.post("/studies/pool-proposal", """
                {"archiveId": %d, "classes": 6, "imagesPerClass": 2, "targetCount": %d, "seed": 11}
                """.formatted(archiveId, TARGET)).json().get("pool");
        ObjectNode definition = JSON.createObjectNode().put("name", "it-simulated").put("archiveId", archiveId)
                .put("targetCount", TARGET).put("minimumServings", 3).put("seed", 17);
        definition.set("pool", pool);
        long studyId = admin.post("/studies", definition.toString()).json().get("id").asLong();
        assertEquals(400, admin.post("/studies/" + studyId + "/simulation", "{\"participants\": 2}").status(),
                "a draft study takes no participants, simulated or not");
        admin.post("/studies/" + studyId + "/open", "");
        assertEquals(400, admin.post("/studies/" + studyId + "/simulation",
                "{\"participants\": 2, \"noise\": 1.5}").status(), "bad settings are refused before the job starts");

        long groundTruth = simulate(studyId, """
                {"participants": %d, "policy": "ground-truth", "noise": 0.05, "pageLimit": 8, "seed": 1}
                """.formatted(PARTICIPANTS));
        long mapTrusting = simulate(studyId, """
                {"participants": 2, "policy": "map-trusting", "noise": 0, "pageLimit": 8, "seed": 2}
                """);
        assertEquals(PARTICIPANTS, finished(studyId, groundTruth).get("written").asInt());
        assertEquals(2, finished(studyId, mapTrusting).get("written").asInt());

        JsonNode participants = admin.get("/studies/" + studyId + "/participants").json();
        assertEquals(PARTICIPANTS + 2, participants.size());
        int completed = 0;
        for (JsonNode participant : participants) {
            assertTrue(participant.get("simulated").asBoolean(), participant.toString());
            completed += participant.get("status").asText().equals("COMPLETED") ? 1 : 0;
        }
        assertTrue(completed >= 0.9 * participants.size(), completed + " of " + participants.size() + " completed");
        String events = admin.get("/studies/" + studyId + "/events.csv").body();
        assertTrue(events.contains(",MAP_VIEWED,"), "the map-trusting participants looked at real maps");
        assertTrue(events.contains(",REFINE,"), "simulated participants refine");

        // the statistics job, simulated participants included (they are the only ones)
        JsonNode job = admin.post("/studies/" + studyId + "/statistics",
                "{\"includeSimulated\": true, \"permutations\": 2000, \"seed\": 5}").json();
        long execution = job.get("executionId").asLong();
        await(() -> !admin.get("/studies/" + studyId + "/statistics/jobs/" + execution).json().get("status").asText()
                .matches("STARTING|STARTED"), 300);
        JsonNode finishedJob = admin.get("/studies/" + studyId + "/statistics/jobs/" + execution).json();
        assertEquals("COMPLETED", finishedJob.get("status").asText(), finishedJob.toString());
        JsonNode report = admin.get("/studies/" + studyId + "/statistics").json();
        int tasks = report.get("tasksAnalysed").asInt();
        assertTrue(tasks >= 2 * completed && tasks <= 2 * participants.size(), report.toString());
        assertEquals(tasks + 1, new String(file(studyId, "tasks.csv"), StandardCharsets.UTF_8).lines().count(),
                "every finished task was analysed");
        Set<String> files = new HashSet<>();
        report.get("files").forEach(f -> files.add(f.asText()));
        for (String table : TABLES) {
            assertTrue(files.contains(table + ".csv"), table + " in " + files);
        }
        for (String file : List.of("statistics.json", "report.xlsx", "figure4.svg", "figure4.png", "figure5.svg",
                "figure5.png", "tasks.csv", "answers.csv", "classes.csv")) {
            assertTrue(files.contains(file), file + " in " + files);
        }
        assertEquals(404, admin.get("/studies/" + studyId + "/statistics/..%2F..%2Finitial-admin-password").status());

        // figures and spreadsheet are what they claim to be
        BufferedImage figure4 = ImageIO.read(new ByteArrayInputStream(file(studyId, "figure4.png")));
        assertTrue(figure4.getWidth() > 300 && figure4.getHeight() > 200);
        assertNotNull(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(file(studyId, "figure5.svg"))).getDocumentElement());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file(studyId, "report.xlsx")))) {
            assertNotNull(workbook.getSheet("table1"), "a sheet per table");
        }

        // bin/xcbir stats on the exported inputs gives the same tables
        for (String input : List.of("tasks.csv", "answers.csv", "classes.csv")) {
            Files.write(work.resolve(input), file(studyId, input));
        }
        Path out = work.resolve("cli");
        Process cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.xcbir.statistics.StatisticsCli",
                work.resolve("tasks.csv").toString(), "--class-stats", work.resolve("classes.csv").toString(),
                "--questionnaire", work.resolve("answers.csv").toString(), "--include-simulated",
                "--permutations", "2000", "--seed", "5", "--out", out.toString())
                .redirectErrorStream(true).start();
        String cliOutput = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(cli.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, cli.exitValue(), cliOutput);
        List<String> differing = new ArrayList<>();
        for (String table : TABLES) {
            if (!Files.readString(out.resolve(table + ".csv")).equals(new String(file(studyId, table + ".csv"),
                    StandardCharsets.UTF_8))) {
                differing.add(table);
            }
        }
        assertEquals(List.of(), differing, "tables where the portal and bin/xcbir stats disagree");

        // the report page shows the tables and figures
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            browser.logIn("admin", ItEnvironment.initialAdminPassword());
            browser.open(ItEnvironment.appUrl() + "/research/report.xhtml?study=" + studyId);
            assertEquals(Integer.toString(tasks), browser.text(By.id("tasks-analysed")));
            assertTrue(browser.isPresent(By.cssSelector("#table-table1 tbody tr")), "Table 1 has rows");
            assertTrue(browser.isPresent(By.cssSelector("#table-table2 tbody tr")), "Table 2 has rows");
            assertTrue((Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "var i = document.getElementById('figure4'); return i.complete && i.naturalWidth > 0;"),
                    "Figure 4 is drawn in the page");
            browser.screenshot("study-report");
        }
    }

    private long simulate(long studyId, String request) {
        ApiClient.Answer started = admin.post("/studies/" + studyId + "/simulation", request);
        assertEquals(202, started.status(), started.body());
        return started.json().get("executionId").asLong();
    }

    private JsonNode finished(long studyId, long execution) throws Exception {
        String path = "/studies/" + studyId + "/simulation/jobs/" + execution;
        await(() -> !admin.get(path).json().get("status").asText().matches("STARTING|STARTED"), 1800);
        JsonNode job = admin.get(path).json();
        assertEquals("COMPLETED", job.get("status").asText(), job.toString());
        return job;
    }

    private byte[] file(long studyId, String name) {
        var response = admin.download("/api/studies/" + studyId + "/statistics/" + name);
        assertEquals(200, response.statusCode(), name);
        return response.body();
    }
}
