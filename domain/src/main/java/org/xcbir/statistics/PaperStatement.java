package org.xcbir.statistics;

import java.util.Arrays;
import java.util.Optional;
import org.xcbir.study.LikertStatement;
import org.xcbir.study.PaperStatements;

/**
 * The questionnaire statements the paper reports on (§5.3, Figure 5), with the shares it reports so a
 * re-run can be compared with it. {@link #id()} is the statement id to use in answer files.
 * Texts in [brackets] are not quoted in the paper and were completed by symmetry with a quoted one.
 * A reported share of NaN means the paper gives no number for it.
 */
public enum PaperStatement {
    BETTER_FEEDBACK(PaperStatements.BETTER_FEEDBACK, QuestionnaireContext.WITH_XAI,
            "Overall, I feel saliency maps helped me give better feedback.", 0.60, Double.NaN),
    UNDERSTAND_SYSTEM(PaperStatements.UNDERSTAND_HOW_SYSTEM_THINKS, QuestionnaireContext.WITH_XAI,
            "Saliency map helped me understand how the system \"thinks.\"", 0.83, 0.56),
    EASIER_TO_USE(PaperStatements.EASIER_TO_USE, QuestionnaireContext.WITH_XAI,
            "Saliency maps made the system easier to use.", 0.62, 0.38),
    PREFER_WITH(PaperStatements.PREFER_WITH_SALIENCY_MAPS, QuestionnaireContext.FINAL,
            "If given the option to redo the task, I would prefer to do it with saliency maps rather than without"
                    + " saliency maps.", 0.58, Double.NaN),
    PREFER_WITHOUT(PaperStatements.PREFER_WITHOUT_SALIENCY_MAPS, QuestionnaireContext.FINAL,
            "If given the option to redo the task, I would prefer to do it without saliency maps rather than with"
                    + " [saliency maps].", 0.60, Double.NaN),
    UNDERSTOOD_QUESTIONS(PaperStatements.UNDERSTOOD_QUESTIONS, QuestionnaireContext.FINAL,
            "[I understood the questions.]", Double.NaN, 0.95);

    private final String id;
    private final QuestionnaireContext askedIn;
    private final String text;
    private final double paperAgreeAtSomeLevel;
    private final double paperAgreeOrStronglyAgree;

    PaperStatement(LikertStatement asked, QuestionnaireContext askedIn, String text, double paperAgreeAtSomeLevel,
                   double paperAgreeOrStronglyAgree) {
        this.id = asked.id();
        this.askedIn = askedIn;
        this.text = text;
        this.paperAgreeAtSomeLevel = paperAgreeAtSomeLevel;
        this.paperAgreeOrStronglyAgree = paperAgreeOrStronglyAgree;
    }

    /** Statement id in answer files: the id the study's questionnaire stores, e.g. {@code prefer-with-saliency-maps}. */
    public String id() {
        return id;
    }

    public static Optional<PaperStatement> byId(String statementId) {
        return Arrays.stream(values()).filter(statement -> statement.id().equals(statementId)).findFirst();
    }

    /** Questionnaire the paper's statement belongs to (the with-XAI sub-task one, or the final one). */
    public QuestionnaireContext askedIn() {
        return askedIn;
    }

    public String text() {
        return text;
    }

    /** Share of levels 4..6 the paper reports. */
    public double paperAgreeAtSomeLevel() {
        return paperAgreeAtSomeLevel;
    }

    /** Share of levels 5..6 the paper reports. */
    public double paperAgreeOrStronglyAgree() {
        return paperAgreeOrStronglyAgree;
    }
}
