package org.xcbir.it.saliency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xcbir.it.support.GeneratedArchives.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xcbir.archive.demo.DemoArchiveWriter;
import org.xcbir.it.support.ApiClient;
import org.xcbir.it.support.Browser;
import org.xcbir.it.support.Deployments;
import org.xcbir.it.support.GeneratedArchives;
import org.xcbir.it.support.ItEnvironment;

/**
 * In Chromium: switching Explanations on shows a spinner with the queue position or progress on every result,
 * and the maps fill in one by one; a result opens large with its map and the colour legend; switching off hides
 * the maps and drops the ones still queued.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SaliencyBrowserIT {
    private static final String NAME = "it-maps-browser";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    /** Per tile: its map state, status text and whether its map image has loaded. */
    private static final String SNAPSHOT = """
            return Array.prototype.map.call(document.querySelectorAll('.xcbir-tile'), function (t) {
                var map = t.querySelector('.map-image');
                return {state: t.getAttribute('data-map-state') || '',
                        text: (t.querySelector('.map-status') || {}).textContent || '',
                        loaded: !!(map && map.getAttribute('src') && map.complete && map.naturalWidth > 0)};
            });""";

    @Test
    void mapsFillInProgressivelyAndOpenLargeWithTheirLegend() throws Exception {
        Path folder = GeneratedArchives.generate("maps-browser", 40, 91, Path.of(System.getProperty("it.emoji")));
        ApiClient admin = ApiClient.as("admin", ItEnvironment.initialAdminPassword());
        ApiClient.Answer created = admin.post("/archives", """
                {"name": "%s", "imageFolder": "%s", "instancesFiles": ["%s"]}
                """.formatted(NAME, folder, DemoArchiveWriter.INSTANCES_FILE));
        assertEquals(201, created.status(), created.body());
        long archiveId = created.json().get("id").asLong();
        await(() -> admin.get("/archives/" + archiveId).json().get("indexState").asText().equals("INDEXED"), 600);

        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            browser.logIn("admin", ItEnvironment.initialAdminPassword());
            driver.findElement(By.linkText("Search")).click();
            browser.chooseArchive(NAME);
            driver.findElement(By.id("search:random")).click();
            browser.waitFor(By.cssSelector(".xcbir-tile"));
            assertEquals(0, driver.findElements(By.cssSelector(".map-image")).size(), "maps are off at first");

            browser.waitFor(By.cssSelector("[id='search:show-maps'] .ui-toggleswitch-slider")).click();
            List<List<Map<String, Object>>> snapshots = new ArrayList<>();
            new WebDriverWait(driver, Duration.ofSeconds(600)).pollingEvery(Duration.ofMillis(250))
                    .ignoring(StaleElementReferenceException.class).until(d -> {
                        List<Map<String, Object>> tiles = snapshot(d);
                        snapshots.add(tiles);
                        return tiles.stream().filter(t -> Boolean.TRUE.equals(t.get("loaded"))).count() >= 2;
                    });
            browser.screenshot("saliency-filling-in");
            assertTrue(snapshots.stream().anyMatch(tiles -> tiles.stream().anyMatch(t -> "DONE".equals(t.get("state")))
                    && tiles.stream().anyMatch(t -> t.get("state").toString().matches("QUEUED|RUNNING"))),
                    "some maps were shown while others were still being computed");
            assertTrue(snapshots.stream().flatMap(List::stream)
                    .anyMatch(t -> t.get("text").toString().matches("\\d+ %|next|queued, \\d+ before it|starting")),
                    "tiles said where their map stood");
            List<Map<String, Object>> last = snapshots.get(snapshots.size() - 1);
            int firstLoaded = indexOfLoaded(last);
            assertEquals(0, firstLoaded, "the first result's map comes first");

            driver.findElements(By.cssSelector(".xcbir-thumb")).get(firstLoaded).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                    var full = document.getElementById('full-size');
                    var map = full.querySelector('.full-map-image');
                    var legend = full.querySelector('.xcbir-legend img');
                    return full.classList.contains('open') && full.classList.contains('with-map')
                        && map.complete && map.naturalWidth > 0 && legend.complete && legend.naturalWidth > 0;"""));
            browser.screenshot("saliency-full-size");
            new Actions(driver).sendKeys(Keys.ESCAPE).perform();

            browser.waitFor(By.cssSelector("[id='search:show-maps'] .ui-toggleswitch-slider")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector(".map-image")).isEmpty());
        }
        await(() -> admin.get("/saliency/queue").json().get("queued").asInt() == 0, 60);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> snapshot(WebDriver driver) {
        return (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript(SNAPSHOT);
    }

    private static int indexOfLoaded(List<Map<String, Object>> tiles) {
        for (int i = 0; i < tiles.size(); i++) {
            if (Boolean.TRUE.equals(tiles.get(i).get("loaded"))) {
                return i;
            }
        }
        return -1;
    }
}
