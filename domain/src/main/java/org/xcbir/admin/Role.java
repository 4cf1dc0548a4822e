package org.xcbir.admin;

import java.util.Locale;

/** What a person may do in the portal. The names are the Jakarta Security role and group names. */
public enum Role {
    /** Manages archives, studies, batch jobs and users. */
    ADMIN,
    /** Defines and monitors studies, reads reports. */
    RESEARCHER,
    /** Searches the archive and takes part in studies. */
    PARTICIPANT;

    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromRoleName(String roleName) {
        return valueOf(roleName.toUpperCase(Locale.ROOT));
    }
}
