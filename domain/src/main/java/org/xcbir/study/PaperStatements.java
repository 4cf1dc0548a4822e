package org.xcbir.study;

import java.util.List;

/**
 * The questionnaire statements the paper quotes (§5.3 and Figure 5), the study's default.
 *
 * <p>The paper quotes only these six; its with-/without-XAI sub-task questionnaires had more
 * questions that it does not list, and none are quoted for the without-XAI questionnaire, so by
 * default that questionnaire is empty. Placement is our reading (see README "Ambiguities"):
 * statements about saliency maps follow the with-XAI task; preference statements compare both
 * conditions and "I understood the questions" refers to all questionnaires, so they are final.
 */
public final class PaperStatements {

    /** Verbatim from §5.3 (singular "map" and the quote marks as the paper prints them). */
    public static final LikertStatement UNDERSTAND_HOW_SYSTEM_THINKS = new LikertStatement(
            "xai-understand-system",
            "Saliency map helped me understand how the system \"thinks.\"",
            QuestionnairePlacement.AFTER_WITH_XAI_TASK);

    public static final LikertStatement EASIER_TO_USE = new LikertStatement(
            "xai-easier-to-use",
            "Saliency maps made the system easier to use.",
            QuestionnairePlacement.AFTER_WITH_XAI_TASK);

    public static final LikertStatement BETTER_FEEDBACK = new LikertStatement(
            "xai-better-feedback",
            "Overall, I feel saliency maps helped me give better feedback.",
            QuestionnairePlacement.AFTER_WITH_XAI_TASK);

    /** Verbatim from the Figure 5 caption. */
    public static final LikertStatement PREFER_WITH_SALIENCY_MAPS = new LikertStatement(
            "prefer-with-saliency-maps",
            "If given the option to redo the task, I would prefer to do it with saliency maps rather than without"
                    + " saliency maps.",
            QuestionnairePlacement.FINAL);

    /** §5.3 quotes only "prefer to do [the task] without saliency maps rather than with"; completed symmetrically. */
    public static final LikertStatement PREFER_WITHOUT_SALIENCY_MAPS = new LikertStatement(
            "prefer-without-saliency-maps",
            "If given the option to redo the task, I would prefer to do it without saliency maps rather than with"
                    + " saliency maps.",
            QuestionnairePlacement.FINAL);

    /** §5.3 reports "they understood the questions"; put in the first person. */
    public static final LikertStatement UNDERSTOOD_QUESTIONS = new LikertStatement(
            "understood-questions",
            "I understood the questions.",
            QuestionnairePlacement.FINAL);

    private PaperStatements() {
    }

    public static List<LikertStatement> all() {
        return List.of(UNDERSTAND_HOW_SYSTEM_THINKS, EASIER_TO_USE, BETTER_FEEDBACK,
                PREFER_WITH_SALIENCY_MAPS, PREFER_WITHOUT_SALIENCY_MAPS, UNDERSTOOD_QUESTIONS);
    }
}
