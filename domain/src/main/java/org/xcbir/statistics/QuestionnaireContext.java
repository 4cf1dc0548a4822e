package org.xcbir.statistics;

import java.util.Locale;

/** When a Likert answer was given: after a task of one condition, or in the final questionnaire. */
public enum QuestionnaireContext {
    NO_XAI,
    WITH_XAI,
    FINAL;

    public static QuestionnaireContext parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
