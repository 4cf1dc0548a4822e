package org.xcbir.study;

/** The steps of one HIT, in the only order a participant may take them (paper §4). */
public enum FlowStage {
    TUTORIAL("the tutorial"),
    TASK_1("the first search task"),
    QUESTIONNAIRE_1("the questionnaire about the first task"),
    TASK_2("the second search task"),
    QUESTIONNAIRE_2("the questionnaire about the second task"),
    FINAL_QUESTIONNAIRE("the final questionnaire"),
    DONE("the end of the study");

    private final String description;

    FlowStage(String description) {
        this.description = description;
    }

    /** Words for messages to the participant. */
    public String description() {
        return description;
    }

    FlowStage next() {
        if (this == DONE) {
            throw new IllegalStateException("DONE is the last stage");
        }
        return values()[ordinal() + 1];
    }
}
