package org.xcbir.it.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xcbir.it.support.GeneratedArchives.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xcbir.archive.demo.DemoArchiveWriter;
import org.xcbir.it.support.ApiClient;
import org.xcbir.it.support.Browser;
import org.xcbir.it.support.Deployments;
import org.xcbir.it.support.GeneratedArchives;
import org.xcbir.it.support.ItEnvironment;

/**
 * In Chromium: a researcher defines a study on the Studies page around a proposed query pool thinned by one image,
 * sees it listed as a draft with one task pair per query image, opens it and watches it on its monitor page: no
 * participants at first, then, without reloading, the two who joined meanwhile with their servings, and the event
 * log of one of them from enrolment on. The monitor of a study that does not exist is "not found".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StudiesBrowserIT {
    private static final String ARCHIVE = "it-studies-browser";
    private static final String STUDY = "it-studies-browser";
    private static final int CLASSES = 4;
    private static final int IMAGES_PER_CLASS = 2;
    /** Small, so that the classes of a small archive have enough images to be eligible. */
    private static final int TARGET = 2;
    /** The monitor polls every 10 s. */
    private static final Duration POLL_WAIT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @Test
    void aResearcherDefinesOpensAndWatchesAStudy() throws Exception {
        Path folder = GeneratedArchives.generate("studies-browser", 60, 93, Path.of(System.getProperty("it.emoji")));
        ApiClient admin = ApiClient.as("admin", ItEnvironment.initialAdminPassword());
        ApiClient.Answer archive = admin.post("/archives", """
                {"name": "%s", "imageFolder": "%s", "instancesFiles": ["%s"]}
                """.formatted(ARCHIVE, folder, DemoArchiveWriter.INSTANCES_FILE));
        assertEquals(201, archive.status(), archive.body());
        long archiveId = archive.json().get("id").asLong();
        await(() -> admin.get("/archives/" + archiveId).json().get("indexState").asText().equals("INDEXED"), 600);

        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            browser.logIn("admin", ItEnvironment.initialAdminPassword());
            driver.findElement(By.linkText("Studies")).click();

            browser.waitFor(By.id("new-study:name")).sendKeys(STUDY);
            // the widget's own API: clicking through the overlay panel is flaky (see Browser.chooseArchive)
            JavascriptExecutor script = (JavascriptExecutor) driver;
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> (Boolean) script.executeScript("return !!PrimeFaces.widgets['studyArchive'];"));
            script.executeScript("PF('studyArchive').selectValue(arguments[0]);", Long.toString(archiveId));
            assertTrue(browser.text(By.id("new-study:archive_label")).startsWith(ARCHIVE + " "));
            typeNumber(driver, "new-study:targetCount", TARGET);
            driver.findElement(By.id("new-study:tutorial")).sendKeys("Mark the images that contain the class.");
            typeNumber(driver, "new-study:poolClasses", CLASSES);
            typeNumber(driver, "new-study:imagesPerClass", IMAGES_PER_CLASS);
            driver.findElement(By.id("new-study:propose")).click();
            int proposed = CLASSES * IMAGES_PER_CLASS;
            awaitCount(driver, By.cssSelector("#new-study\\:pool .pool-remove"), proposed);
            assertEquals(proposed, driver.findElements(By.cssSelector("#new-study\\:pool img.study-thumb")).size(),
                    "every proposed query shows its thumbnail");
            browser.screenshot("study-pool-proposed");

            driver.findElements(By.cssSelector("#new-study\\:pool .pool-remove")).get(0).click();
            awaitCount(driver, By.cssSelector("#new-study\\:pool .pool-remove"), proposed - 1);
            assertEquals(Integer.toString(proposed - 1), browser.text(By.id("pool-size")));

            driver.findElement(By.id("new-study:create")).click();
            new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                    .withMessage(() -> "messages: " + messages(driver))
                    .until(d -> messages(d).contains("Created study '" + STUDY + "'"));
            long studyId = studyIdOf(admin, STUDY);
            JsonNode created = admin.get("/studies/" + studyId).json();
            assertEquals(proposed - 1, created.get("pool").size(), "the removed image is not in the pool");
            int taskPairs = created.get("taskPairs").asInt();
            assertEquals(proposed - 1, taskPairs, "one task pair per query image");

            By row = By.xpath("//tr[.//span[@class='study-name' and text()='" + STUDY + "']]");
            assertEquals("DRAFT", cellOf(browser, row, "study-state"));
            assertEquals(Integer.toString(taskPairs), cellOf(browser, row, "study-pairs"));
            driver.findElement(row).findElement(By.cssSelector(".study-open")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> "OPEN".equals(d.findElement(row).findElement(By.className("study-state")).getText()));
            assertEquals("OPEN", admin.get("/studies/" + studyId).json().get("state").asText());

            driver.findElement(row).findElement(By.cssSelector(".study-monitor")).click();
            assertEquals(STUDY, browser.text(By.id("study-name")));
            assertTrue(driver.getCurrentUrl().contains("id=" + studyId), driver.getCurrentUrl());
            assertEquals("OPEN", browser.text(By.id("study-state")));
            assertEquals(Integer.toString(taskPairs), browser.text(By.id("study-pairs")));
            assertEquals("0", browser.text(By.id("in-progress")));
            assertEquals("0", browser.text(By.id("completed")));
            assertEquals("0", browser.text(By.id("abandoned")));
            assertEquals("0", browser.text(By.id("served-total")));
            assertEquals(taskPairs, driver.findElements(By.cssSelector("#monitor\\:servings .pair-served")).size(),
                    "every task pair is listed");
            assertTrue(browser.isPresent(By.cssSelector("a#export-tasks[href$='/api/studies/" + studyId + "/tasks.csv']")));
            assertTrue(browser.isPresent(By.cssSelector("a#join-link[href$='/join.xhtml?study=" + studyId + "']")));

            List<String> participants = List.of("studies-browser-1", "studies-browser-2");
            for (String name : participants) {
                ApiClient.Answer joined = ApiClient.anonymous().post("/participation/join/" + studyId,
                        "{\"username\": \"" + name + "\", \"password\": \"" + name + "-password\"}");
                assertEquals(201, joined.status(), joined.body());
            }
            new WebDriverWait(driver, POLL_WAIT).ignoring(StaleElementReferenceException.class)
                    .until(d -> "2".equals(d.findElement(By.id("in-progress")).getText()));
            int served = 0;
            for (WebElement cell : driver.findElements(By.cssSelector("#monitor\\:servings .pair-served"))) {
                served += Integer.parseInt(cell.getText().trim());
            }
            assertEquals(participants.size(), served, "each participant is served one task pair");
            assertEquals("2", browser.text(By.id("served-total")));
            assertEquals(participants, driver.findElements(By.cssSelector("#monitor\\:participants .participant-name"))
                    .stream().map(WebElement::getText).toList(), "in enrolment order");
            browser.screenshot("study-monitor");

            // the poll may replace the table under the click
            Browser.retrying(driver, d -> d.findElements(By.cssSelector("#monitor\\:participants .participant-events"))
                    .get(0).click());
            browser.waitFor(By.id("events-dialog"));
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> participants.get(0).equals(d.findElement(By.id("events-of")).getText()));
            List<String> types = driver.findElements(By.cssSelector("#events-form\\:events .event-type")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(types.contains("ENROLLED"), "the log starts with the enrolment: " + types);
            browser.screenshot("study-event-log");

            browser.open(ItEnvironment.appUrl() + "/research/study.xhtml?id=" + (studyId + 1000));
            assertEquals("There is no such page.", browser.text(By.id("error-title")), "an unknown study");
        }
    }

    /** Replaces the value of a PrimeFaces number input the way a person does: select all, type. */
    private static void typeNumber(WebDriver driver, String id, int value) {
        driver.findElement(By.id(id + "_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Integer.toString(value));
    }

    private static void awaitCount(WebDriver driver, By locator, int count) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "messages: " + messages(driver))
                .until(d -> d.findElements(locator).size() == count);
    }

    /** What the page's messages say, for waiting on an outcome and for failure reports. */
    private static String messages(WebDriver driver) {
        List<WebElement> messages = driver.findElements(By.id("messages"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }

    private static String cellOf(Browser browser, By row, String cellClass) {
        return browser.waitFor(row).findElement(By.className(cellClass)).getText();
    }

    private static long studyIdOf(ApiClient admin, String name) {
        for (JsonNode study : admin.get("/studies").json()) {
            if (study.get("name").asText().equals(name)) {
                return study.get("id").asLong();
            }
        }
        throw new AssertionError("study '" + name + "' is not listed by the API");
    }
}
