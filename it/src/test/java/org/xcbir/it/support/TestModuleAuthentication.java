package org.xcbir.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The test WAR's own authentication mechanism. Jakarta Security installs its bridge in every web module of the
 * EAR once the portal WAR defines a mechanism bean, but that bean is invisible to the test WAR; Arquillian's
 * unprotected test runner needs no log-in, so this one lets every request through.
 */
@ApplicationScoped
public class TestModuleAuthentication implements HttpAuthenticationMechanism {
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        return context.doNothing();
    }
}
