package org.xcbir.it.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xcbir.it.support.ApiClient;
import org.xcbir.it.support.Browser;
import org.xcbir.it.support.Deployments;
import org.xcbir.it.support.ItEnvironment;
import org.xcbir.it.support.Readiness;

/**
 * In Chromium: an admin generates a demo archive and watches its indexing progress bar move to 100%; then searches
 * it by example and sees the nearest images, the query itself first.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchivesBrowserIT {
    private static final String NAME = "browser-" + ThreadLocalRandom.current().nextInt(10_000, 99_999);

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @Test
    @Order(1)
    void theProgressBarMovesAndCompletes() throws Exception {
        Readiness.awaitUp();
        String name = NAME;
        try (Browser browser = new Browser()) {
            browser.logIn("admin", ItEnvironment.initialAdminPassword());
            browser.driver().findElement(By.linkText("Archives")).click();
            WebElement demoName = browser.waitFor(By.id("archives:demoName"));
            demoName.clear();
            demoName.sendKeys(name);
            WebElement images = browser.driver().findElement(By.id("archives:demoImages_input"));
            images.sendKeys(Keys.chord(Keys.CONTROL, "a"), "48");
            // one object per scene: every class then has Confuser 1, which only these settings give
            browser.driver().findElement(By.id("archives:demoObjectsMean_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "1");
            browser.driver().findElement(By.id("archives:demoObjectsMax_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "1");
            browser.driver().findElement(By.id("archives:generate")).click();
            assertTrue(browser.text(By.cssSelector("#archives\\:messages .ui-messages-info-summary")).contains(name));

            List<Integer> seen = new ArrayList<>();
            List<String> speeds = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
            String state = "";
            while (System.nanoTime() < deadline && !state.equals("INDEXED")) {
                Thread.sleep(1000);
                By row = By.xpath("//tr[.//span[@class='archive-name' and text()='" + name + "']]");
                if (!browser.isPresent(row)) {
                    continue;
                }
                String value;
                try {
                    WebElement tableRow = browser.driver().findElement(row);
                    state = tableRow.findElement(By.className("archive-state")).getText();
                    value = progressOf(tableRow);
                    speeds.add(tableRow.findElement(By.className("archive-speed")).getText());
                } catch (StaleElementReferenceException pollReplacedTheTable) {
                    continue;
                }
                if (!value.isBlank()) {
                    int percent = Integer.parseInt(value);
                    if (seen.isEmpty() || seen.get(seen.size() - 1) != percent) {
                        seen.add(percent);
                    }
                }
                if (seen.size() == 2) {
                    browser.screenshot("archive-progress");
                }
            }
            browser.screenshot("archive-indexed");
            assertEquals("INDEXED", state, "progress seen: " + seen);
            assertEquals(100, seen.get(seen.size() - 1), "the bar ends full: " + seen);
            assertTrue(speeds.stream().anyMatch(s -> s.matches("\\d+\\.\\d images/s, about \\d+ (s|min) left")),
                    "speed and time left shown while indexing: " + speeds);
            assertTrue(seen.stream().anyMatch(p -> p > 0 && p < 100), "the bar showed intermediate progress: " + seen);
            for (int i = 1; i < seen.size(); i++) {
                assertTrue(seen.get(i) >= seen.get(i - 1), "progress never goes back: " + seen);
            }

            ApiClient admin = ApiClient.as("admin", ItEnvironment.initialAdminPassword());
            JsonNode archive = StreamSupport.stream(admin.get("/archives").json().spliterator(), false)
                    .filter(a -> a.get("name").asText().equals(name)).findFirst().orElseThrow();
            assertTrue(archive.get("annotationCount").asInt() <= 48, "one object per scene: " + archive);
            admin.get("/archives/" + archive.get("id").asLong() + "/classes").json().forEach(c -> {
                if (c.get("imageCount").asInt() > 0) {
                    assertEquals(1.0, c.get("confuser").asDouble(), 1e-9, c.toString());
                }
            });
        }
    }

    /** The percentage the bar shows: its accessible value, or else its label ("45%"). */
    private static String progressOf(WebElement row) {
        WebElement bar = row.findElement(By.cssSelector(".archive-progress"));
        String value = bar.getAttribute("aria-valuenow");
        if (value == null || value.isBlank()) {
            value = bar.getText().replace("%", "").trim();
        }
        return value;
    }

    @Test
    @Order(2)
    void theIndexedArchiveIsSearchableByExample() throws Exception {
        assertEquals(302, ItEnvironment.get(ItEnvironment.appUrl() + "/images/1").statusCode(),
                "archive images need a log-in");
        try (Browser browser = new Browser()) {
            browser.logIn("admin", ItEnvironment.initialAdminPassword());
            browser.driver().findElement(By.linkText("Search")).click();
            browser.chooseArchive(NAME);
            browser.driver().findElement(By.id("search:random")).click();

            WebElement query = new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("query-image")));
            List<WebElement> results = new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .ignoring(StaleElementReferenceException.class).until(
                    d -> {
                        List<WebElement> found = d.findElements(By.cssSelector("img.result-image"));
                        return found.size() == 20 ? found : null;
                    });
            String queryId = query.getAttribute("src").replaceAll(".*/images/", "");
            assertEquals(queryId, results.get(0).getAttribute("data-image-id"), "the query finds itself first");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d)
                    .executeScript("const shown = Array.from(document.querySelectorAll('img.result-image, #query-image')).filter("
                            + "i => i.getBoundingClientRect().top < window.innerHeight);" // the rest load lazily
                            + "return shown.length >= 4 && shown.every(i => i.complete && i.naturalWidth > 0);"));
            browser.screenshot("search-by-example");

            browser.driver().findElements(By.cssSelector(".search-from")).get(5).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                    .until(d -> !d.findElement(By.id("query-image"))
                    .getAttribute("src").endsWith("/images/" + queryId));
            String newQuery = browser.driver().findElement(By.id("query-image")).getAttribute("src").replaceAll(".*/images/", "");
            assertEquals(newQuery, browser.driver().findElements(By.cssSelector("img.result-image")).get(0)
                    .getAttribute("data-image-id"), "a clicked result becomes the query");
        }
    }
}
