package org.xcbir.statistics;

import java.util.Locale;

/** The two study conditions of a search task: without or with saliency maps. */
public enum Condition {
    NO_XAI,
    WITH_XAI;

    /** Accepts the enum name in any case, and "-" for "_" (exports are sometimes hand-edited). */
    public static Condition parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
