package org.xcbir.admin.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.xcbir.descriptor.ModelRuntime;

/** Ready once the deep-learning engine has loaded; DOWN while loading or after a failure. */
@Readiness
@ApplicationScoped
public class ModelReadiness implements HealthCheck {

    @Inject
    private ModelRuntime model;

    @Override
    public HealthCheckResponse call() {
        ModelRuntime.State state = model.state();
        return HealthCheckResponse.named("model").status(state.phase() == ModelRuntime.Phase.READY)
                .withData("phase", state.phase().name())
                .withData("status", state.description())
                .withData("environment", model.environmentStatus())
                .build();
    }
}
