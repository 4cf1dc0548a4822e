package org.xcbir.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven through chromedriver; one per test class. */
public final class Browser implements AutoCloseable {
    private final WebDriver driver;
    private final Path profile;

    public Browser() throws java.io.IOException {
        profile = Files.createTempDirectory("xcbir-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,800", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        driver = new ChromeDriver(service, options);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Logs in from a fresh session, whatever the previous test left behind, and returns once the server answered. */
    public void logIn(String name, String password) {
        open(ItEnvironment.appUrl() + "/login.xhtml");
        driver.manage().deleteAllCookies();
        open(ItEnvironment.appUrl() + "/login.xhtml");
        waitFor(By.id("login:username")).sendKeys(name);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        // wait for the answer: a page opened before it arrives would abort the log-in and land on the log-in page
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login.xhtml")
                || !d.findElements(By.cssSelector("#login\\:messages .ui-messages-error-summary")).isEmpty());
    }

    /**
     * On the Search page: picks the archive in the drop-down and waits until the choice has registered. A click
     * that lands while the panel is still opening is lost now and then, so it tries again.
     */
    public void chooseArchive(String name) {
        java.util.regex.Pattern chosen = java.util.regex.Pattern.compile("^" + java.util.regex.Pattern.quote(name) + " .*");
        By item = By.xpath("//li[contains(@class,'ui-selectonemenu-item') and starts-with(text(),'" + name + " ')]");
        for (int attempt = 1; ; attempt++) {
            try {
                waitFor(By.id("search:archive")).click();
                waitFor(item).click();
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(
                        ExpectedConditions.textMatches(By.id("search:archive_label"), chosen));
                return;
            } catch (org.openqa.selenium.WebDriverException e) { // timeout, stale or not yet interactable
                if (attempt == 4) {
                    throw e;
                }
            }
        }
    }

    public void logOut() {
        waitFor(By.id("nav:logout")).click();
        waitFor(By.id("login:username"));
    }

    public String text(By locator) {
        return waitFor(locator).getText();
    }

    public boolean isPresent(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    /** Saved under it/target/screenshots for a person to look at after the run. */
    public void screenshot(String name) throws java.io.IOException {
        Path dir = Path.of(System.getProperty("it.screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** The image ids of the result tiles, once there are {@code expected} of them. */
    public static List<Long> resultIds(WebDriver driver, int expected) {
        return new WebDriverWait(driver, Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<WebElement> found = d.findElements(By.cssSelector("img.result-image"));
                    return found.size() == expected
                            ? found.stream().map(e -> Long.parseLong(e.getAttribute("data-image-id"))).toList() : null;
                });
    }

    public static WebElement tile(WebDriver driver, long imageId) {
        return driver.findElement(By.cssSelector(".xcbir-tile[data-image-id='" + imageId + "']"));
    }

    public static int count(WebDriver driver, String id) {
        return Integer.parseInt(driver.findElement(By.id(id)).getText().trim());
    }

    /** An AJAX update may replace the element between finding and clicking it. */
    public static void retrying(WebDriver driver, java.util.function.Consumer<WebDriver> action) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> {
            action.accept(d);
            return true;
        });
    }
}
