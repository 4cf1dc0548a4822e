package org.xcbir.admin;

/** The minimum a password must satisfy; checked before hashing so the message can be specific. */
public final class PasswordRule {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private PasswordRule() {
    }

    public static void check(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_LENGTH + " characters.");
        }
        if (password.length > MAX_LENGTH) {
            throw new IllegalArgumentException("A password may have at most " + MAX_LENGTH + " characters.");
        }
    }
}
