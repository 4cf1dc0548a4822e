package org.xcbir.admin.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.xcbir.admin.UserService;

/** The database answers a query through the application's own data source and persistence unit. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    private UserService users;

    @Override
    public HealthCheckResponse call() {
        try {
            users.anyUserExists();
            return HealthCheckResponse.named("database").up().build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("database").down()
                    .withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
