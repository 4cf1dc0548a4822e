package org.xcbir.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.xcbir.it.support.Browser;
import org.xcbir.it.support.Deployments;
import org.xcbir.it.support.ItEnvironment;
import org.xcbir.it.support.Readiness;

/** Elasticsearch dies while Payara runs: readiness goes DOWN, pages show a banner, and both recover. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ElasticsearchOutageIT {
    private static final By BANNER = By.id("search-down-banner");

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @Test
    void theBannerAndReadinessFollowElasticsearch() throws Exception {
        Readiness.awaitUp();
        try (Browser browser = new Browser()) {
            browser.logIn("admin", ItEnvironment.initialAdminPassword());
            browser.waitFor(By.id("welcome"));
            assertFalse(browser.isPresent(BANNER), "no banner while Elasticsearch runs");

            try {
                ItEnvironment.launcher("es-stop");
                HttpResponse<String> down = Readiness.await(r -> r.statusCode() == 503, "readiness DOWN");
                assertEquals("DOWN", Readiness.status(down.body(), "elasticsearch"), down.body());
                assertEquals("UP", Readiness.status(down.body(), "database"), "the other parts stay UP: " + down.body());

                browser.open(ItEnvironment.appUrl() + "/index.xhtml");
                String banner = browser.text(BANNER);
                assertTrue(banner.startsWith("Search is unavailable"), banner);
                assertTrue(banner.contains("not reachable"), banner);
                String page = browser.driver().getPageSource();
                assertFalse(page.contains("Caused by") || page.matches("(?s).*\\w\\.java:\\d+.*"), "no stack trace on the page");
                browser.screenshot("elasticsearch-down");
            } finally {
                ItEnvironment.launcher("es-start");
            }

            Readiness.awaitUp();
            browser.open(ItEnvironment.appUrl() + "/index.xhtml");
            browser.waitFor(By.id("welcome"));
            assertFalse(browser.isPresent(BANNER), "the banner is gone once Elasticsearch is back");
        }
    }
}
