package org.xcbir.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xcbir.admin.Role;
import org.xcbir.admin.UserAccount;
import org.xcbir.admin.UserService;
import org.xcbir.it.support.Deployments;

/** Accounts in the real database of the deployed application (in-container). */
@ExtendWith(ArquillianExtension.class)
class UserServiceIT {

    @Deployment
    static EnterpriseArchive application() {
        return Deployments.applicationWithTests(UserServiceIT.class);
    }

    @Inject
    UserService users;

    private static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createdAccountLogsInWithItsPasswordOnly() {
        String name = uniqueName("Researcher");
        users.create(name, "correct horse battery".toCharArray(), Role.RESEARCHER);

        UserAccount account = users.authenticate(name, "correct horse battery".toCharArray()).orElseThrow();
        assertEquals(name.toLowerCase(), account.getName());
        assertEquals(Role.RESEARCHER, account.getRole());
        assertFalse(users.authenticate(name, "wrong password!!".toCharArray()).isPresent());
        assertFalse(users.authenticate("no-such-user-" + name, "correct horse battery".toCharArray()).isPresent());
    }

    @Test
    void passwordsAreStoredAsPbkdf2Hashes() {
        String name = uniqueName("hashed");
        UserAccount account = users.create(name, "a secret password".toCharArray(), Role.PARTICIPANT);
        assertTrue(account.getPasswordHash().startsWith("PBKDF2"), account.getPasswordHash());
        assertFalse(account.getPasswordHash().contains("a secret password"));
    }

    @Test
    void aTakenNameIsRejectedAndNothingIsStored() {
        String name = uniqueName("twice");
        users.create(name, "first password".toCharArray(), Role.PARTICIPANT);
        int before = users.list().size();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> users.create(name.toUpperCase(), "second password".toCharArray(), Role.ADMIN));
        assertTrue(e.getMessage().contains("taken"), e.getMessage());
        assertEquals(before, users.list().size());
        assertEquals(Role.PARTICIPANT, users.authenticate(name, "first password".toCharArray()).orElseThrow().getRole());
    }

    @Test
    void invalidInputGetsAMessageAPersonCanActOn() {
        IllegalArgumentException shortPassword = assertThrows(IllegalArgumentException.class,
                () -> users.create(uniqueName("short"), "short".toCharArray(), Role.PARTICIPANT));
        assertTrue(shortPassword.getMessage().contains("at least"), shortPassword.getMessage());
        IllegalArgumentException badName = assertThrows(IllegalArgumentException.class,
                () -> users.create("bad name/..", "long enough password".toCharArray(), Role.PARTICIPANT));
        assertTrue(badName.getMessage().contains("characters"), badName.getMessage());
    }
}
