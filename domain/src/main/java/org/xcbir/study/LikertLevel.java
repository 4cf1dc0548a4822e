package org.xcbir.study;

/** The 6-point scale; labels as in the paper's Figure 5 (no neutral midpoint). */
public enum LikertLevel {
    STRONGLY_DISAGREE(1, "strongly disagree"),
    DISAGREE(2, "disagree"),
    SLIGHTLY_DISAGREE(3, "slightly disagree"),
    SLIGHTLY_AGREE(4, "slightly agree"),
    AGREE(5, "agree"),
    STRONGLY_AGREE(6, "strongly agree");

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 6;

    private final int score;
    private final String label;

    LikertLevel(int score, String label) {
        this.score = score;
        this.label = label;
    }

    public int score() {
        return score;
    }

    public String label() {
        return label;
    }

    public static boolean isValidScore(int score) {
        return score >= MIN_SCORE && score <= MAX_SCORE;
    }

    public static LikertLevel ofScore(int score) {
        if (!isValidScore(score)) {
            throw new IllegalArgumentException("A Likert score is " + MIN_SCORE + ".." + MAX_SCORE + ", not " + score);
        }
        return values()[score - 1];
    }
}
