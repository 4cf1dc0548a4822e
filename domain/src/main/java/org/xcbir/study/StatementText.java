package org.xcbir.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A study's questionnaire statements as a researcher edits them: one per line, {@code PLACEMENT | id | text}, with
 * PLACEMENT one of {@code AFTER_NO_XAI_TASK}, {@code AFTER_WITH_XAI_TASK}, {@code FINAL}. Blank lines and lines
 * starting with {@code #} are ignored. Answers are stored and analysed under the id, so keep the paper's ids for
 * the paper's statements.
 */
public final class StatementText {

    private StatementText() {
    }

    public static String format(List<LikertStatement> statements) {
        StringBuilder text = new StringBuilder();
        for (LikertStatement statement : statements) {
            text.append(statement.placement()).append(" | ").append(statement.id()).append(" | ")
                    .append(statement.text()).append('\n');
        }
        return text.toString();
    }

    /** @throws IllegalArgumentException naming the line and what is wrong with it */
    public static List<LikertStatement> parse(String text) {
        List<LikertStatement> statements = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|", 3);
            if (parts.length < 3 || parts[1].isBlank() || parts[2].isBlank()) {
                throw new IllegalArgumentException("Statement line " + (i + 1) + " needs 'PLACEMENT | id | text': "
                        + line);
            }
            QuestionnairePlacement placement;
            try {
                placement = QuestionnairePlacement.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Statement line " + (i + 1) + ": '" + parts[0].strip()
                        + "' is not AFTER_NO_XAI_TASK, AFTER_WITH_XAI_TASK or FINAL.");
            }
            String id = parts[1].strip();
            if (!id.matches("[A-Za-z0-9_.-]{1,60}")) {
                throw new IllegalArgumentException("Statement line " + (i + 1) + ": the id '" + id
                        + "' may use letters, digits, '-', '_' and '.' (at most 60).");
            }
            statements.add(new LikertStatement(id, parts[2].strip(), placement));
        }
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("Give at least one questionnaire statement.");
        }
        return statements;
    }
}
