package org.xcbir.admin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Creates and checks user accounts. Passwords are hashed with PBKDF2 (Jakarta Security defaults). */
@Stateless
public class UserService {

    @Inject
    private UserRepository users;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    private final Clock clock = Clock.systemUTC();

    /** Hash compared against when the name is unknown; computed once, it matches no real password. */
    private static volatile String decoyHash;

    public UserAccount create(String rawName, char[] password, Role role) {
        String name = UserName.canonical(rawName);
        PasswordRule.check(password);
        if (users.findByName(name).isPresent()) {
            throw new IllegalArgumentException("The user name '" + name + "' is taken.");
        }
        UserAccount account = new UserAccount(name, passwordHash.generate(password), role, clock.instant());
        users.add(account);
        return account;
    }

    /**
     * The account whose name and password match, or empty. An unknown name costs the same hashing work as a
     * wrong password, so response times do not reveal which names exist.
     */
    public Optional<UserAccount> authenticate(String rawName, char[] password) {
        Optional<UserAccount> account = Optional.empty();
        try {
            account = users.findByName(UserName.canonical(rawName));
        } catch (IllegalArgumentException malformedName) {
            // treated like an unknown user below
        }
        String storedHash = account.map(UserAccount::getPasswordHash).orElseGet(this::decoyHash);
        boolean matches = passwordHash.verify(password, storedHash);
        return matches ? account : Optional.empty();
    }

    public List<UserAccount> list() {
        return users.findAll();
    }

    public boolean anyUserExists() {
        return users.count() > 0;
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = passwordHash.generate(java.util.UUID.randomUUID().toString().toCharArray());
        }
        return decoyHash;
    }
}
