package org.xcbir.it.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xcbir.it.support.Browser.count;
import static org.xcbir.it.support.Browser.resultIds;
import static org.xcbir.it.support.Browser.retrying;
import static org.xcbir.it.support.Browser.tile;
import static org.xcbir.it.support.GeneratedArchives.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xcbir.archive.ArchiveImage;
import org.xcbir.archive.CocoAnnotation;
import org.xcbir.archive.CocoImage;
import org.xcbir.archive.CocoInstancesHandler;
import org.xcbir.archive.CocoInstancesReader;
import org.xcbir.archive.demo.DemoArchiveWriter;
import org.xcbir.it.support.ApiClient;
import org.xcbir.it.support.Browser;
import org.xcbir.it.support.Deployments;
import org.xcbir.it.support.GeneratedArchives;
import org.xcbir.it.support.ItEnvironment;

/**
 * In Chromium at 1280×800: upload a query, mark results by ground truth with the buttons and with the keyboard,
 * refine, and see the ranking change with the marked positives on top.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetrievalBrowserIT {
    private static final String NAME = "it-browse";
    private static final int IMAGES = 160;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @Test
    void uploadAdjudicateRefine() throws Exception {
        Path folder = GeneratedArchives.generate("browse", IMAGES, 51, Path.of(System.getProperty("it.emoji")));
        ApiClient admin = ApiClient.as("admin", ItEnvironment.initialAdminPassword());
        ApiClient.Answer created = admin.post("/archives", """
                {"name": "%s", "imageFolder": "%s", "instancesFiles": ["%s"]}
                """.formatted(NAME, folder, DemoArchiveWriter.INSTANCES_FILE));
        assertEquals(201, created.status(), created.body());
        long archiveId = created.json().get("id").asLong();
        await(() -> !admin.get("/archives/" + archiveId).json().get("indexState").asText().equals("INDEXING"), 600);

        Map<Long, Set<Integer>> classes = new HashMap<>();
        List<CocoImage> images = new ArrayList<>();
        new CocoInstancesReader().read(folder.resolve(DemoArchiveWriter.INSTANCES_FILE), new CocoInstancesHandler() {
            @Override
            public void image(CocoImage image) {
                images.add(image);
            }

            @Override
            public void annotation(CocoAnnotation annotation) {
                classes.computeIfAbsent(ArchiveImage.idOf(archiveId, annotation.imageId()), i -> new HashSet<>())
                        .add(annotation.categoryId());
            }
        });
        CocoImage query = images.get(3);
        int target = classes.get(ArchiveImage.idOf(archiveId, query.id())).iterator().next();

        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            browser.logIn("admin", ItEnvironment.initialAdminPassword());
            driver.findElement(By.linkText("Search")).click();
            browser.chooseArchive(NAME);
            driver.findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(folder.resolve(DemoArchiveWriter.IMAGES_FOLDER).resolve(query.fileName()).toString());
            List<Long> before = resultIds(driver, 20);
            assertTrue(browser.isPresent(By.id("query-image")), "the uploaded query is shown");

            int positives = 0;
            int negatives = 0;
            for (long id : before.subList(0, 8)) {
                boolean relevant = classes.getOrDefault(id, Set.of()).contains(target);
                String button = relevant ? ".mark-positive" : ".mark-negative";
                retrying(driver, d -> tile(d, id).findElement(By.cssSelector(button)).click());
                if (relevant) {
                    positives++;
                } else {
                    negatives++;
                }
                int expectedPositives = positives;
                int expectedNegatives = negatives;
                new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                        .until(d -> count(d, "positive-count") == expectedPositives
                                && count(d, "negative-count") == expectedNegatives);
            }
            // the keyboard: point at the ninth result and press 2 (not relevant)
            long ninth = before.get(8);
            retrying(driver, d -> new Actions(d).moveToElement(tile(d, ninth)).sendKeys("2").perform());
            int negativesAfterKey = negatives + 1;
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> count(d, "negative-count") == negativesAfterKey
                            && tile(d, ninth).getAttribute("class").contains("relevance-NEGATIVE"));
            browser.screenshot("retrieval-marked");

            retrying(driver, d -> d.findElement(By.id("search:refine")).click());
            new WebDriverWait(driver, Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("refinements")).getText().equals("1"));
            List<Long> after = resultIds(driver, 20);
            browser.screenshot("retrieval-refined");
            assertNotEquals(before, after, "refining changed the ranking");
            Set<Long> markedPositive = new HashSet<>();
            for (long id : before.subList(0, 8)) {
                if (classes.getOrDefault(id, Set.of()).contains(target)) {
                    markedPositive.add(id);
                }
            }
            assertTrue(after.subList(0, Math.min(20, markedPositive.size() + 5)).containsAll(markedPositive),
                    "the marked positives lead the refined ranking: " + markedPositive + " in " + after);

            // rename in place, then export over the API and import it back on the page
            retrying(driver, d -> d.findElement(By.cssSelector("[id='search:session-name-editor'] .ui-inplace-display")).click());
            WebElement nameInput = browser.waitFor(By.id("search:session-name-input"));
            nameInput.clear();
            nameInput.sendKeys("renamed in the browser");
            driver.findElement(By.cssSelector("[id='search:session-name-editor'] .ui-inplace-save")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("session-name")).getAttribute("textContent").equals("renamed in the browser"));
            JsonNode mine = null;
            for (JsonNode s : admin.get("/sessions").json()) {
                if (s.get("name").asText().equals("renamed in the browser")) {
                    mine = s;
                }
            }
            assertTrue(mine != null, "the new name is stored");
            Path exported = Files.createTempFile("session", ".json");
            Files.writeString(exported, admin.get("/sessions/" + mine.get("id").asLong() + "/export").body());
            retrying(driver, d -> d.findElement(By.id("search:sessions-button")).click());
            // the dialog loads its content when it opens
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//input[@type='file' and contains(@id,'import')]"))).sendKeys(exported.toString());
            long original = mine.get("id").asLong();
            new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> admin.get("/sessions").json().findValuesAsText("name")
                    .stream().filter("renamed in the browser"::equals).count() == 2);
            JsonNode copy = null;
            for (JsonNode s : admin.get("/sessions").json()) {
                if (s.get("name").asText().equals("renamed in the browser") && s.get("id").asLong() != original) {
                    copy = s;
                }
            }
            assertEquals(mine.get("positives"), copy.get("positives"), "the imported session has the same marks");
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> count(d, "positive-count") == markedPositive.size());

            // a narrow screen: one column, nothing wider than the window
            driver.manage().window().setSize(new Dimension(600, 900));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth;"));
            browser.screenshot("retrieval-narrow");
        }
    }
}
