package org.xcbir.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks one questionnaire submission: every statement of that questionnaire answered with a
 * score 1..6, and nothing else answered (e.g. a saliency-map item after the without-XAI task).
 */
public final class LikertValidator {

    private LikertValidator() {
    }

    /**
     * @param statements the statements of the questionnaire being submitted
     * @param answers    statement id → score
     * @return one message per problem, phrased for the participant; empty when the submission is valid
     */
    public static List<String> problems(List<LikertStatement> statements, Map<String, Integer> answers) {
        List<String> problems = new ArrayList<>();
        for (LikertStatement statement : statements) {
            Integer score = answers.get(statement.id());
            if (score == null) {
                problems.add("Please choose an answer from 1 (" + LikertLevel.STRONGLY_DISAGREE.label() + ") to 6 ("
                        + LikertLevel.STRONGLY_AGREE.label() + ") for: \"" + statement.text() + "\"");
            } else if (!LikertLevel.isValidScore(score)) {
                problems.add("The answer " + score + " for \"" + statement.text() + "\" is not on the scale;"
                        + " choose 1 (" + LikertLevel.STRONGLY_DISAGREE.label() + ") to 6 ("
                        + LikertLevel.STRONGLY_AGREE.label() + ")");
            }
        }
        Set<String> asked = statements.stream().map(LikertStatement::id).collect(Collectors.toSet());
        Set<String> unexpected = new TreeSet<>(answers.keySet());
        unexpected.removeAll(asked);
        for (String id : unexpected) {
            problems.add("The answer for '" + id + "' does not belong to this questionnaire; reload the page and"
                    + " answer only the statements shown");
        }
        return List.copyOf(problems);
    }
}
