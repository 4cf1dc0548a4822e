package org.xcbir.it.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xcbir.it.support.GeneratedArchives.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xcbir.archive.ArchiveImage;
import org.xcbir.archive.CocoAnnotation;
import org.xcbir.archive.CocoCategory;
import org.xcbir.archive.CocoInstancesHandler;
import org.xcbir.archive.CocoInstancesReader;
import org.xcbir.archive.demo.DemoArchiveWriter;
import org.xcbir.it.support.ApiClient;
import org.xcbir.it.support.Deployments;
import org.xcbir.it.support.GeneratedArchives;
import org.xcbir.it.support.ItEnvironment;
import org.xcbir.statistics.Condition;
import org.xcbir.statistics.TaskResult;
import org.xcbir.statistics.TaskResultCsv;

/**
 * Thirty participants join an open study at the same time over HTTP and each goes through the whole HIT: tutorial,
 * two search tasks in real retrieval sessions (marking results until the target count), the questionnaires and
 * the completion code. Afterwards the researcher's view of the database must show every participant completed,
 * each pair served evenly (at least the minimum, never two more than another) with counterbalanced condition
 * orders, and no participant searching one class in both conditions. Participants see neither researcher pages nor
 * each other's sessions, start no searches of their own and get maps only in their with-XAI task; a step too early
 * is refused and changes nothing. The raw event log holds every participant's marks and pages of results, by task
 * and condition. An invitation-only study admits one person per code.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StudyIT {
    private static final int PARTICIPANTS = 30;
    private static final int CLASSES = 4;
    private static final int TARGET = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private final ApiClient admin = ApiClient.as("admin", ItEnvironment.initialAdminPassword());

    @Test
    void thirtyConcurrentParticipantsCompleteTheirHitsUnderTheAssignmentRules() throws Exception {
        Path folder = GeneratedArchives.generate("study", 120, 97, Path.of(System.getProperty("it.emoji")));
        ApiClient.Answer archive = admin.post("/archives", """
                {"name": "it-study", "imageFolder": "%s", "instancesFiles": ["%s"]}
                """.formatted(folder, DemoArchiveWriter.INSTANCES_FILE));
        assertEquals(201, archive.status(), archive.body());
        long archiveId = archive.json().get("id").asLong();
        await(() -> admin.get("/archives/" + archiveId).json().get("indexState").asText().equals("INDEXED"), 900);

        Map<Integer, String> categoryNames = new HashMap<>();
        Map<String, List<Long>> imagesOfClass = new LinkedHashMap<>();
        new CocoInstancesReader().read(folder.resolve(DemoArchiveWriter.INSTANCES_FILE), new CocoInstancesHandler() {
            @Override
            public void category(CocoCategory category) {
                categoryNames.put(category.id(), category.name());
            }

            @Override
            public void annotation(CocoAnnotation annotation) {
                List<Long> images = imagesOfClass.computeIfAbsent(categoryNames.get(annotation.categoryId()),
                        c -> new ArrayList<>());
                long image = ArchiveImage.idOf(archiveId, annotation.imageId());
                if (!images.contains(image)) {
                    images.add(image);
                }
            }
        });
        // the pool helper: four classes balanced over the Confuser/Area quartiles, two images each
        ApiClient.Answer proposal = admin.post("/studies/pool-proposal", """
                {"archiveId": %d, "classes": %d, "imagesPerClass": 2, "targetCount": %d, "seed": 3}
                """.formatted(archiveId, CLASSES, TARGET));
        assertEquals(200, proposal.status(), proposal.body());
        JsonNode pool = proposal.json().get("pool");
        assertEquals(2 * CLASSES, pool.size());
        Set<Long> poolImages = new HashSet<>();
        Set<String> poolClasses = new HashSet<>();
        for (JsonNode entry : pool) {
            long image = entry.get("imageId").asLong();
            String target = entry.get("targetClass").asText();
            assertTrue(imagesOfClass.get(target).contains(image), "a proposed query shows its class: " + entry);
            assertTrue(poolImages.add(image), "no image twice");
            poolClasses.add(target);
        }
        assertEquals(CLASSES, poolClasses.size());
        assertEquals(CLASSES, proposal.json().get("classes").size());

        ObjectNode definition = JSON.createObjectNode().put("name", "it-study").put("archiveId", archiveId)
                .put("enrolment", "SELF_REGISTRATION").put("targetCount", TARGET).put("minimumServings", 3)
                .put("seed", 7).put("tutorial", "Mark the images that contain the class you are given.");
        definition.set("pool", pool);
        ApiClient.Answer created = admin.post("/studies", definition.toString());
        assertEquals(201, created.status(), created.body());
        long studyId = created.json().get("id").asLong();
        assertEquals("DRAFT", created.json().get("state").asText());
        assertEquals(2 * CLASSES, created.json().get("taskPairs").asInt());
        assertEquals(400, ApiClient.anonymous().post("/participation/join/" + studyId,
                "{\"username\": \"early-bird\", \"password\": \"early-bird-pass\"}").status(), "not open yet");
        assertEquals("OPEN", admin.post("/studies/" + studyId + "/open", "").json().get("state").asText());

        long firstQuery = pool.get(0).get("imageId").asLong();
        ExecutorService arrivals = Executors.newFixedThreadPool(PARTICIPANTS);
        List<Future<Walk>> walks = new ArrayList<>();
        for (int p = 0; p < PARTICIPANTS; p++) {
            String name = String.format("participant-%02d", p);
            walks.add(arrivals.submit(() -> walk(studyId, name, firstQuery)));
        }
        List<Walk> done = new ArrayList<>();
        for (Future<Walk> walk : walks) {
            done.add(walk.get());
        }
        arrivals.shutdown();
        done.forEach(walk -> assertEquals(2, walk.classes().size(),
                "one class is never searched in both conditions: " + walk.classes()));
        ApiClient second = ApiClient.as(done.get(1).name(), done.get(1).name() + "-password");
        for (long session : done.get(0).sessions()) {
            assertEquals(404, second.get("/sessions/" + session).status(), "another participant's session");
            assertEquals(404, second.get("/sessions/" + session + "/results").status());
        }

        JsonNode participants = admin.get("/studies/" + studyId + "/participants").json();
        assertEquals(PARTICIPANTS, participants.size());
        Map<Integer, Integer> servings = new HashMap<>();
        Map<Integer, Integer> noXaiFirst = new HashMap<>();
        Set<String> codes = new HashSet<>();
        for (JsonNode participant : participants) {
            assertEquals("COMPLETED", participant.get("status").asText(), participant.toString());
            assertEquals("DONE", participant.get("stage").asText());
            codes.add(participant.get("completionCode").asText());
            int pair = participant.get("pairId").asInt();
            servings.merge(pair, 1, Integer::sum);
            noXaiFirst.merge(pair, participant.get("order").asText().equals("NO_XAI_FIRST") ? 1 : -1, Integer::sum);
        }
        assertEquals(PARTICIPANTS, codes.size(), "every participant has a completion code of their own");
        assertEquals(2 * CLASSES, servings.size(), "every task pair was served");
        int fewest = servings.values().stream().min(Integer::compare).orElseThrow();
        int most = servings.values().stream().max(Integer::compare).orElseThrow();
        assertTrue(fewest >= 3 && most - fewest <= 1, "even servings above the minimum: " + servings);
        noXaiFirst.forEach((pair, balance) -> assertTrue(Math.abs(balance) <= 1,
                "condition orders of pair " + pair + " are counterbalanced: " + balance));
        JsonNode study = admin.get("/studies/" + studyId).json();
        assertEquals(PARTICIPANTS, study.get("completed").asInt());

        // the per-task export: one row per task, nP by ground truth, in the format bin/xcbir stats reads
        ApiClient.Answer csv = admin.get("/studies/" + studyId + "/tasks.csv");
        assertEquals(200, csv.status(), csv.body());
        List<TaskResult> tasks = TaskResultCsv.read(new StringReader(csv.body()));
        assertEquals(2 * PARTICIPANTS, tasks.size());
        assertEquals(PARTICIPANTS, tasks.stream().filter(t -> t.condition() == Condition.WITH_XAI).count());
        for (Walk walk : done) {
            for (Map.Entry<String, List<Long>> marked : walk.markedByClass().entrySet()) {
                TaskResult task = tasks.stream().filter(t -> t.participantId().equals(walk.name())
                        && t.queryClass().equals(marked.getKey())).findFirst().orElseThrow();
                long truePositives = marked.getValue().stream()
                        .filter(i -> imagesOfClass.get(marked.getKey()).contains(i)).count();
                assertEquals(truePositives, task.truePositives(), "nP by ground truth: " + task);
                assertEquals(TARGET - truePositives, task.falsePositives());
                assertEquals(TARGET, task.adjudications());
                assertTrue(task.seconds() > 0, task.toString());
            }
        }
        assertEquals(403, ApiClient.as(done.get(0).name(), done.get(0).name() + "-password")
                .get("/studies/" + studyId + "/tasks.csv").status());

        // the raw event log: every participant's enrolment, task starts, pages of results and marks, by condition
        ApiClient.Answer events = admin.get("/studies/" + studyId + "/events.csv");
        assertEquals(200, events.status(), events.body());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(events.body())).getRecords();
        for (Walk walk : done) {
            List<CSVRecord> own = rows.stream().filter(r -> r.get("participant").equals(walk.name())).toList();
            assertEquals(1, count(own, "ENROLLED", null), walk.name());
            for (String task : List.of("1", "2")) {
                assertEquals(1, count(own, "TASK_STARTED", task), walk.name());
                assertEquals(TARGET, count(own, "MARK", task), "one MARK row per mark: " + walk.name());
                assertTrue(count(own, "RESULTS_SHOWN", task) >= 1, walk.name());
            }
            Set<String> conditions = own.stream().filter(r -> r.get("type").equals("MARK"))
                    .map(r -> r.get("task") + r.get("condition")).collect(Collectors.toSet());
            assertEquals(2, conditions.size(), "each task in its own condition: " + conditions);
            List<Instant> times = own.stream().map(r -> Instant.parse(r.get("at"))).toList();
            assertEquals(times.stream().sorted().toList(), times, "rows in the order they happened");
        }

        // invitation-only enrolment: a code admits one person; a refused join leaves no account behind
        ObjectNode invitationOnly = definition.deepCopy().put("name", "it-study-invited").put("enrolment", "INVITATION");
        long invitedStudy = admin.post("/studies", invitationOnly.toString()).json().get("id").asLong();
        admin.post("/studies/" + invitedStudy + "/open", "");
        JsonNode invitationCodes = admin.post("/studies/" + invitedStudy + "/invitations", "{\"count\": 2}").json();
        assertEquals(2, invitationCodes.size(), invitationCodes.toString());
        String join = "{\"username\": \"invited-1\", \"password\": \"invited-1-password\", \"invitation\": \"%s\"}";
        ApiClient.Answer noCode = ApiClient.anonymous().post("/participation/join/" + invitedStudy,
                "{\"username\": \"invited-1\", \"password\": \"invited-1-password\"}");
        assertEquals(400, noCode.status(), noCode.body());
        assertEquals(400, ApiClient.anonymous().post("/participation/join/" + invitedStudy,
                join.formatted("WRONGCODE9")).status());
        assertEquals(201, ApiClient.anonymous().post("/participation/join/" + invitedStudy,
                join.formatted(invitationCodes.get(0).asText().toLowerCase())).status(), "the name is still free; codes ignore case");
        ApiClient.Answer spent = ApiClient.anonymous().post("/participation/join/" + invitedStudy,
                join.formatted(invitationCodes.get(0).asText()).replace("invited-1", "invited-2"));
        assertEquals(400, spent.status(), spent.body());
        assertTrue(spent.json().get("error").asText().contains("used already"), spent.body());
        JsonNode invitations = admin.get("/studies/" + invitedStudy + "/invitations").json();
        assertEquals("invited-1", invitations.get(0).get("usedBy").asText());
        assertFalse(invitations.get(1).hasNonNull("usedBy"), "the second code is unused: " + invitations);
        assertTrue(admin.get("/studies/" + invitedStudy + "/invitations.csv").body()
                .contains(invitationCodes.get(1).asText()));
        assertEquals(400, admin.post("/studies/" + studyId + "/invitations", "{\"count\": 1}").status(),
                "self-registration studies hand out no codes");
    }

    private static long count(List<CSVRecord> rows, String type, String task) {
        return rows.stream().filter(r -> r.get("type").equals(type) && (task == null || r.get("task").equals(task)))
                .count();
    }

    private record Walk(String name, Set<String> classes, List<Long> sessions, Map<String, List<Long>> markedByClass) {}

    /** One participant's HIT: the classes and sessions of their two tasks. */
    private Walk walk(long studyId, String name, long anyImage) {
        String password = name + "-password";
        ApiClient.Answer joined = ApiClient.anonymous().post("/participation/join/" + studyId,
                "{\"username\": \"" + name + "\", \"password\": \"" + password + "\"}");
        assertEquals(201, joined.status(), joined.body());
        assertEquals("TUTORIAL", joined.json().get("stage").asText());
        ApiClient me = ApiClient.as(name, password);
        assertEquals(403, me.get("/studies").status(), "participants see no researcher pages");
        ApiClient.Answer ownSearch = me.post("/sessions", "{\"name\": \"mine\", \"queryImageId\": "
                + anyImage + "}");
        assertEquals(403, ownSearch.status(), "participants search within their tasks only");
        assertTrue(ownSearch.json().get("error").asText().contains("takes part in the study"), ownSearch.body());
        assertEquals(409, me.post("/participation/tasks/1/finish", "").status(), "no skipping the tutorial");
        assertEquals("TASK_1", me.post("/participation/tutorial", "").json().get("stage").asText());
        assertEquals("TASK_1", me.post("/participation/tutorial", "").json().get("stage").asText(),
                "finishing the tutorial twice changes nothing");

        Set<String> classes = new HashSet<>();
        List<Long> sessions = new ArrayList<>();
        Map<String, List<Long>> markedByClass = new HashMap<>();
        for (int task = 1; task <= 2; task++) {
            JsonNode started = me.post("/participation/tasks/" + task + "/start", "").json();
            JsonNode taskView = started.get("task");
            long session = taskView.get("sessionId").asLong();
            assertEquals(session, me.post("/participation/tasks/" + task + "/start", "").json().get("task")
                    .get("sessionId").asLong(), "starting again gives the same session");
            classes.add(taskView.get("targetClass").asText());
            sessions.add(session);
            assertEquals(task == 1 ? "TASK_1" : "TASK_2", started.get("stage").asText());
            ApiClient.Answer early = me.post("/participation/tasks/" + task + "/finish", "");
            assertEquals(409, early.status(), "the target is not reached yet");
            assertTrue(early.json().get("error").asText().contains("Find " + TARGET + " more"), early.body());
            JsonNode results = me.get("/sessions/" + session + "/results?offset=0&limit=20").json().get("results");
            int mapStatus = me.get("/sessions/" + session + "/maps?image=" + results.get(1).get("imageId").asLong())
                    .status();
            assertEquals(taskView.get("condition").asText().equals("WITH_XAI") ? 200 : 400, mapStatus,
                    "maps only in the with-XAI task");
            for (int i = 0; i < TARGET; i++) {
                long image = results.get(i + 1).get("imageId").asLong();
                markedByClass.computeIfAbsent(taskView.get("targetClass").asText(), c -> new ArrayList<>()).add(image);
                assertEquals(200, me.post("/sessions/" + session + "/marks",
                        "{\"imageId\": " + image + ", \"relevance\": \"POSITIVE\"}").status());
            }
            assertEquals(TARGET, me.get("/participation").json().get("task").get("found").asInt());
            String questionnaire = task == 1 ? "QUESTIONNAIRE_1" : "QUESTIONNAIRE_2";
            JsonNode after = me.post("/participation/tasks/" + task + "/finish", "").json();
            assertEquals(questionnaire, after.get("stage").asText(), after.toString());
            assertEquals(409, me.post("/sessions/" + session + "/marks", "{\"imageId\": "
                    + results.get(TARGET + 1).get("imageId").asLong() + ", \"relevance\": \"NEGATIVE\"}").status(),
                    "a finished task's marks are final");
            if (!after.get("statements").isEmpty()) { // after a no-XAI task the paper asks nothing
                assertEquals(409, me.post("/participation/questionnaires/" + questionnaire, "{}").status(),
                        "every statement must be answered");
            }
            assertEquals(task == 1 ? "TASK_2" : "FINAL_QUESTIONNAIRE", me.post("/participation/questionnaires/"
                    + questionnaire, answers(after.get("statements"))).json().get("stage").asText());
        }
        JsonNode last = me.get("/participation").json();
        assertTrue(last.get("statements").size() >= 3, "the final questionnaire: " + last);
        ApiClient.Answer incomplete = me.post("/participation/questionnaires/FINAL_QUESTIONNAIRE", "{\""
                + last.get("statements").get(0).get("id").asText() + "\": 4}");
        assertEquals(409, incomplete.status(), "every statement must be answered");
        assertEquals("FINAL_QUESTIONNAIRE", me.get("/participation").json().get("stage").asText(), "nothing changed");
        JsonNode done = me.post("/participation/questionnaires/FINAL_QUESTIONNAIRE", answers(last.get("statements")))
                .json();
        assertEquals("DONE", done.get("stage").asText());
        assertNotNull(done.get("completionCode").asText(null));
        assertEquals("DONE", me.post("/participation/tutorial", "").json().get("stage").asText(),
                "a late repeat of an early step changes nothing");
        return new Walk(name, classes, sessions, markedByClass);
    }

    private static String answers(JsonNode statements) {
        ObjectNode answers = JSON.createObjectNode();
        statements.forEach(s -> answers.put(s.get("id").asText(), 4));
        return answers.toString();
    }
}
