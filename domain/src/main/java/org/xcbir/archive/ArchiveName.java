package org.xcbir.archive;

import java.util.Locale;
import java.util.regex.Pattern;

/** Archive names double as Elasticsearch index names, so they follow that naming: lower case, no spaces. */
public final class ArchiveName {
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9_-]{0,59}");

    private ArchiveName() {
    }

    public static String canonical(String raw) {
        String name = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if (!ALLOWED.matcher(name).matches()) {
            throw new IllegalArgumentException("An archive name has 1 to 60 characters: letters, digits, '_' or '-',"
                    + " starting with a letter or digit.");
        }
        return name;
    }
}
