package org.xcbir.admin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * People log in on the form of /login.xhtml (the session keeps them logged in); scripts call /api/* with HTTP
 * Basic on every request. One mechanism serves both because an application has exactly one.
 */
@ApplicationScoped
@AutoApplySession
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {
    static final String API_PREFIX = "/api/";
    private static final String BASIC = "Basic ";

    @Inject
    private IdentityStoreHandler identityStore;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential formCredential = context.isAuthenticationRequest() ? context.getAuthParameters().getCredential() : null;
        if (formCredential != null) {
            return context.notifyContainerAboutLogin(identityStore.validate(formCredential));
        }
        // scripts also fetch images and maps: Basic credentials are honoured on any path
        if (request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX) || hasBasic(request)) {
            return validateApiRequest(request, response, context);
        }
        return context.isProtected() ? context.redirect(request.getContextPath() + "/login.xhtml") : context.doNothing();
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (hasBasic(request)) {
            String authorization = request.getHeader("Authorization");
            UsernamePasswordCredential credential = basicCredential(authorization.substring(BASIC.length()).trim());
            if (credential != null) {
                AuthenticationStatus status = context.notifyContainerAboutLogin(identityStore.validate(credential));
                if (status == AuthenticationStatus.SUCCESS) {
                    return status;
                }
            }
            return challenge(response, context);
        }
        return context.isProtected() ? challenge(response, context) : context.doNothing();
    }

    private static boolean hasBasic(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length());
    }

    private static UsernamePasswordCredential basicCredential(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"xcbir\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }
}
