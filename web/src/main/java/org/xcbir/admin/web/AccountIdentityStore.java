package org.xcbir.admin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.xcbir.admin.UserService;

/** Checks log-ins against the user accounts in the database; the account's role becomes its group. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private UserService users;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return users.authenticate(login.getCaller(), login.getPassword().getValue())
                .map(account -> new CredentialValidationResult(account.getName(), Set.of(account.getRole().roleName())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
