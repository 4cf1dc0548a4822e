package org.xcbir.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xcbir.it.support.Deployments;
import org.xcbir.it.support.ItEnvironment;
import org.xcbir.it.support.Readiness;

/** Readiness reports the database, Elasticsearch and the model runtime separately, all UP on a healthy system. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @Test
    void everyPartIsReadyOnAHealthySystem() {
        HttpResponse<String> ready = Readiness.awaitUp();
        assertEquals(200, ready.statusCode(), ready.body());
        for (String check : new String[] {"database", "elasticsearch", "model"}) {
            assertEquals("UP", Readiness.status(ready.body(), check), check + " in " + ready.body());
        }
        assertTrue(ready.body().contains("PyTorch"), "the model check names the engine: " + ready.body());
        // the server process got the allocator and OpenMP settings inference runs fast with
        assertEquals("ok", Readiness.inferenceEnvironment(ready.body()), ready.body());
    }

    @Test
    void theLogInPageIsServedAndEverythingElseNeedsALogIn() {
        assertEquals(200, ItEnvironment.get(ItEnvironment.appUrl() + "/login.xhtml").statusCode());
        HttpResponse<String> home = ItEnvironment.get(ItEnvironment.appUrl() + "/index.xhtml");
        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        HttpResponse<String> admin = ItEnvironment.get(ItEnvironment.appUrl() + "/admin/users.xhtml");
        assertEquals(302, admin.statusCode());
    }
}
