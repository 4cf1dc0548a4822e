package org.xcbir.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.xcbir.it.support.Browser;
import org.xcbir.it.support.Deployments;
import org.xcbir.it.support.ItEnvironment;

/**
 * A person in Chromium: the admin logs in and adds accounts; bad log-ins look the same whether or not the
 * name exists; a participant sees the home page but not the admin pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LogInBrowserIT {
    private static final String PARTICIPANT = "p" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    private static final String PARTICIPANT_PASSWORD = "participant-password";
    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void adminLogsInAndAddsAParticipant() throws Exception {
        browser.logIn("admin", ItEnvironment.initialAdminPassword());
        assertEquals("Welcome, admin", browser.text(By.id("welcome")));
        browser.screenshot("home-admin");

        browser.driver().findElement(By.linkText("Users")).click();
        browser.waitFor(By.id("users:name")).sendKeys(PARTICIPANT);
        browser.driver().findElement(By.id("users:password")).sendKeys(PARTICIPANT_PASSWORD);
        new Select(browser.driver().findElement(By.id("users:role_input"))).selectByVisibleText("participant");
        browser.driver().findElement(By.id("users:create")).click();

        String message = browser.text(By.cssSelector("#users\\:messages .ui-messages-info-summary"));
        assertEquals("Created participant '" + PARTICIPANT + "'.", message);
        assertTrue(browser.text(By.id("users:accounts")).contains(PARTICIPANT), "the new account is listed");
        browser.screenshot("users-admin");
        browser.logOut();
    }

    @Test
    @Order(2)
    void aWrongPasswordAndAnUnknownNameGetTheSameAnswer() {
        browser.logIn("admin", "not-the-password");
        String wrongPassword = browser.text(By.cssSelector("#login\\:messages .ui-messages-error-summary"));
        browser.logIn("nobody-" + PARTICIPANT, "not-the-password");
        String unknownName = browser.text(By.cssSelector("#login\\:messages .ui-messages-error-summary"));

        assertEquals("Invalid user name or password.", wrongPassword);
        assertEquals(wrongPassword, unknownName);
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));
        assertEquals(302, ItEnvironment.get(ItEnvironment.appUrl() + "/index.xhtml").statusCode(),
                "still not logged in");
    }

    @Test
    @Order(3)
    void aParticipantSeesTheHomePageButNoAdminPage() throws Exception {
        browser.logIn(PARTICIPANT, PARTICIPANT_PASSWORD);
        assertEquals("Welcome, " + PARTICIPANT, browser.text(By.id("welcome")));
        assertFalse(browser.isPresent(By.linkText("Users")), "no admin menu for a participant");

        browser.open(ItEnvironment.appUrl() + "/admin/users.xhtml");
        assertEquals("You do not have access to this page.", browser.text(By.id("error-title")));
        assertFalse(browser.isPresent(By.id("users:accounts")), "no account list leaks");
        browser.screenshot("forbidden-participant");
    }

    @Test
    @Order(4)
    void afterLoggingOutThePortalAsksForALogInAgain() {
        browser.open(ItEnvironment.appUrl() + "/index.xhtml");
        browser.logOut();
        browser.open(ItEnvironment.appUrl() + "/index.xhtml");
        browser.waitFor(By.id("login:username"));
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));
    }
}
