package org.xcbir.admin.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/** Form log-in on a JSF page; accounts come from {@link AccountIdentityStore}. */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({"admin", "researcher", "participant"})
@FacesConfig
@ApplicationScoped
public class SecurityConfiguration {
}
