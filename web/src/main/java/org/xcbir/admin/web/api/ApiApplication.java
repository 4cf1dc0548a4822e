package org.xcbir.admin.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under /api, for scripts; its OpenAPI document is served by the server at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "xcbir", version = "1",
                description = "Explainable interactive image retrieval: archives, retrieval sessions, studies."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The portal's user name and password, on every request")
public class ApiApplication extends Application {
}
