package org.xcbir.admin.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/**
 * The portal's roles. Log-in: {@link PortalAuthenticationMechanism} (form for people, HTTP Basic for the REST API)
 * against {@link AccountIdentityStore}.
 */
@DeclareRoles({"admin", "researcher", "participant"})
@FacesConfig
@ApplicationScoped
public class SecurityConfiguration {
}
