package org.xcbir.admin;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rules for user names: short, lower-case, URL- and log-safe, so that a name can appear in
 * exports and file names without escaping and two spellings of one name cannot coexist.
 */
public final class UserName {
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

    private UserName() {
    }

    /** Returns the canonical (trimmed, lower-case) form, or throws with a message a person can act on. */
    public static String canonical(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("Enter a user name.");
        }
        String name = raw.trim().toLowerCase(Locale.ROOT);
        if (!ALLOWED.matcher(name).matches()) {
            throw new IllegalArgumentException("A user name has 2 to 40 characters: letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit.");
        }
        return name;
    }
}
