package org.xcbir.it.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xcbir.it.support.Browser.count;
import static org.xcbir.it.support.Browser.resultIds;
import static org.xcbir.it.support.Browser.retrying;
import static org.xcbir.it.support.Browser.tile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xcbir.it.support.ApiClient;
import org.xcbir.it.support.Browser;
import org.xcbir.it.support.Deployments;
import org.xcbir.it.support.GeneratedArchives;
import org.xcbir.it.support.ItEnvironment;
import org.xcbir.study.PaperStatements;
import org.xcbir.study.StatementText;

/**
 * A whole HIT in Chromium, as a participant does it: the study's link, choosing a name and password, the tutorial,
 * two search tasks (instructions, the counter, maps only in the with-XAI task, Done only at the target), the
 * questionnaires (all statements required) and the completion code. Refresh and the back button in the middle
 * change nothing; free search is closed to the study account.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StudyBrowserIT {
    private static final int TARGET = 3;
    private static final String PARTICIPANT = "browser-participant";
    private static final String PASSWORD = "browser-participant-pw";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @Test
    void aParticipantTakesTheWholeHitInTheBrowser() throws Exception {
        ApiClient admin = ApiClient.as("admin", ItEnvironment.initialAdminPassword());
        long archiveId = GeneratedArchives.registerIndexed(admin, "it-study-browser", 80, 113);
        JsonNode pool = admin.post("/studies/pool-proposal", """
                {"archiveId": %d, "classes": 3, "imagesPerClass": 1, "targetCount": %d, "seed": 5}
                """.formatted(archiveId, TARGET)).json().get("pool");
        ObjectNode definition = JSON.createObjectNode().put("name", "it-study-browser").put("archiveId", archiveId)
                .put("targetCount", TARGET).put("tutorial", "Tip: the example image is at the top left.")
                .put("statements", StatementText.format(PaperStatements.all())
                        + "AFTER_NO_XAI_TASK | no-xai-easy | Finding the images was easy.\n");
        definition.set("pool", pool);
        definition.putArray("tutorialImageIds").add(pool.get(0).get("imageId").asLong());
        long studyId = admin.post("/studies", definition.toString()).json().get("id").asLong();
        admin.post("/studies/" + studyId + "/open", "");

        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.manage().deleteAllCookies();
            browser.open(ItEnvironment.appUrl() + "/join.xhtml?study=" + studyId);
            browser.waitFor(By.id("join:username")).sendKeys(PARTICIPANT);
            driver.findElement(By.id("join:password")).sendKeys(PASSWORD);
            driver.findElement(By.id("join:password-again")).sendKeys(PASSWORD + "-typo");
            driver.findElement(By.id("join:submit")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("join:messages")).getText().contains("passwords differ"));
            browser.waitFor(By.id("join:password")).sendKeys(PASSWORD);
            driver.findElement(By.id("join:password-again")).sendKeys(PASSWORD);
            driver.findElement(By.id("join:submit")).click();

            awaitStage(browser, "TUTORIAL");
            assertTrue(browser.text(By.id("tutorial")).contains("Tip: the example image is at the top left."));
            assertEquals(1, driver.findElements(By.cssSelector("img.tutorial-image")).size(), "the tutorial's image");
            assertFalse(browser.isPresent(By.linkText("Search")), "study accounts have no free search");
            browser.open(ItEnvironment.appUrl() + "/search.xhtml");
            awaitStage(browser, "TUTORIAL"); // the search page sends them back to their study
            browser.waitFor(By.id("task:start")).click();

            ApiClient me = ApiClient.as(PARTICIPANT, PASSWORD);
            for (int task = 1; task <= 2; task++) {
                awaitStage(browser, "TASK_" + task);
                JsonNode taskView = me.get("/participation").json().get("task");
                boolean withMaps = taskView.get("condition").asText().equals("WITH_XAI");
                assertTrue(browser.text(By.id("instructions")).contains("find " + TARGET + " more images containing a "
                        + taskView.get("targetClass").asText()), browser.text(By.id("instructions")));
                List<Long> results = resultIds(driver, 20);
                assertEquals(withMaps, browser.isPresent(By.cssSelector(".xcbir-grid.with-maps")),
                        "maps exactly in the with-XAI task");
                assertFalse(browser.isPresent(By.id("search:show-maps")) || browser.isPresent(By.id("task:show-maps")),
                        "the condition decides, not the participant");
                assertFalse(driver.findElement(By.id("task:done")).isEnabled(), "Done waits for the target");

                long query = taskView.get("queryImageId").asLong();
                List<Long> toMark = results.stream().filter(id -> id != query).limit(TARGET).toList();
                for (int i = 0; i < toMark.size(); i++) {
                    long id = toMark.get(i);
                    retrying(driver, d -> tile(d, id).findElement(By.cssSelector(".mark-positive")).click());
                    int expected = i + 1;
                    new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                            .until(d -> count(d, "found") == expected);
                    if (i == 0) { // a refresh mid-task: same task, same marks
                        driver.navigate().refresh();
                        awaitStage(browser, "TASK_" + task);
                        resultIds(driver, 20);
                        assertEquals(1, count(driver, "found"));
                    }
                }
                retrying(driver, d -> d.findElement(By.id("task:refine")).click());
                new WebDriverWait(driver, Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class)
                        .until(d -> d.findElement(By.id("refinements")).getText().equals("1"));
                retrying(driver, d -> d.findElement(By.id("task:done")).click());
                awaitStage(browser, "QUESTIONNAIRE_" + task);
                browser.screenshot("study-questionnaire-" + task);
                assertEquals(!withMaps, browser.isPresent(By.cssSelector("tr[data-statement='no-xai-easy']")),
                        "the study's own statement comes after the no-XAI task");
                driver.navigate().back();
                awaitStage(browser, "QUESTIONNAIRE_" + task); // back does not reopen a finished task
                answerAll(browser);
            }
            awaitStage(browser, "FINAL_QUESTIONNAIRE");
            List<WebElement> statements = driver.findElements(By.cssSelector("tr[data-statement]"));
            assertTrue(statements.size() >= 3, "the final questionnaire has the paper's statements");
            statements.get(0).findElements(By.cssSelector(".ui-radiobutton-box")).get(4).click();
            driver.findElement(By.id("task:submit")).click();
            awaitStage(browser, "FINAL_QUESTIONNAIRE"); // every statement needs an answer
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("task:messages")).getText().contains("Please answer"));
            answerAll(browser);

            awaitStage(browser, "DONE");
            String code = browser.text(By.id("completion-code"));
            JsonNode participant = admin.get("/studies/" + studyId + "/participants").json().get(0);
            assertEquals(PARTICIPANT, participant.get("username").asText());
            assertEquals(participant.get("completionCode").asText(), code);
            browser.screenshot("study-done");
        }
        String events = admin.get("/studies/" + studyId + "/events.csv").body();
        for (String stage : List.of("TUTORIAL", "TASK_1", "QUESTIONNAIRE_1", "TASK_2", "FINAL_QUESTIONNAIRE", "DONE")) {
            assertTrue(events.contains("PAGE_VISIT,,,," + stage), "page visits are logged: " + stage);
        }
        assertTrue(events.contains(",REFINE,1,"), "refinements are logged");
        assertTrue(admin.get("/studies/" + studyId + "/answers.csv").body().contains(",NO_XAI,no-xai-easy,5"),
                "the own statement's answer is stored with its condition");
    }

    /** Waits until the page shows the expected stage (a page may still be on its way in). */
    private static void awaitStage(Browser browser, String expected) {
        String[] seen = {null};
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        List<WebElement> stage = d.findElements(By.id("stage"));
                        seen[0] = stage.isEmpty() ? null : stage.get(0).getAttribute("data-stage");
                        return expected.equals(seen[0]);
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(expected, seen[0], "the stage shown");
        }
    }

    /** Answers every statement on the page (with "agree") and continues; a page without statements just continues. */
    private static void answerAll(Browser browser) {
        for (WebElement row : browser.driver().findElements(By.cssSelector("tr[data-statement]"))) {
            row.findElements(By.cssSelector(".ui-radiobutton-box")).get(4).click();
        }
        browser.driver().findElement(By.id("task:submit")).click();
    }
}
