package org.xcbir.statistics;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Answers to one statement in one questionnaire context (one group of Figure 5 bars).
 *
 * @param statementId          statement
 * @param context              NO_XAI / WITH_XAI sub-task questionnaire or FINAL
 * @param responses            number of answers
 * @param levelFractions       share of answers at levels 1..6 (index 0 = level 1); sums to 1
 * @param agreeAtSomeLevel     share at levels 4..6 ("agreed at some level": slightly agree or more)
 * @param agreeOrStronglyAgree share at levels 5..6 ("agreeing or strongly agreeing")
 * @param meanScore            mean answer on Figure 5's 0..1 scale (see {@link #score(int)})
 */
public record LikertSummary(String statementId, QuestionnaireContext context, long responses,
                            List<Double> levelFractions, double agreeAtSomeLevel, double agreeOrStronglyAgree,
                            double meanScore) {

    public LikertSummary {
        levelFractions = List.copyOf(levelFractions);
    }

    /** Figure 5's position of a level: 1 -> 0.0, 2 -> 0.2, ..., 6 -> 1.0. */
    public static double score(int level) {
        return (level - LikertAnswer.MIN_LEVEL) / (double) (LikertAnswer.MAX_LEVEL - LikertAnswer.MIN_LEVEL);
    }

    /** Figure 5 series: one bar per level, x = {@link #score(int)}, height = share of answers. */
    public List<LikertBar> bars() {
        return IntStream.rangeClosed(LikertAnswer.MIN_LEVEL, LikertAnswer.MAX_LEVEL)
                .mapToObj(level -> new LikertBar(level, score(level), levelFractions.get(level - 1)))
                .toList();
    }

    /** One bar of Figure 5. */
    public record LikertBar(int level, double score, double fraction) {
    }
}
