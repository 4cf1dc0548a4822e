package org.xcbir.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.logging.Logger;

/**
 * On the very first start (no user at all) creates the account {@value #ADMIN_NAME} with a random
 * password and writes that password to a file only the server's user can read; {@code bin/xcbir run}
 * prints it once and deletes the file.
 */
@Singleton
@Startup
public class InitialAdminAccount {
    public static final String ADMIN_NAME = "admin";
    public static final String PASSWORD_FILE = "initial-admin-password";
    private static final Logger LOG = Logger.getLogger(InitialAdminAccount.class.getName());
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    private UserService users;

    @Inject
    private DataDirectory dataDirectory;

    @PostConstruct
    void createOnFirstStart() {
        if (users.anyUserExists()) {
            return;
        }
        char[] password = randomPassword(16);
        users.create(ADMIN_NAME, password, Role.ADMIN);
        Path file = dataDirectory.resolve(PASSWORD_FILE);
        writeOwnerOnly(file, new String(password));
        LOG.info(() -> "Created the initial account '" + ADMIN_NAME + "'; its password is in " + file);
    }

    private static char[] randomPassword(int length) {
        SecureRandom random = new SecureRandom();
        char[] password = new char[length];
        for (int i = 0; i < length; i++) {
            password[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return password;
    }

    private static void writeOwnerOnly(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, content + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the initial admin password to " + file, e);
        }
    }
}
