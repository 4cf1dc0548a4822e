package org.xcbir.study;

/**
 * Where a statement is asked: in the sub-task questionnaire after the task of one condition,
 * or in the final (comparative) questionnaire (paper §4 and §5.3).
 */
public enum QuestionnairePlacement {
    AFTER_NO_XAI_TASK,
    AFTER_WITH_XAI_TASK,
    FINAL;

    public static QuestionnairePlacement afterTask(Condition condition) {
        return condition == Condition.WITH_XAI ? AFTER_WITH_XAI_TASK : AFTER_NO_XAI_TASK;
    }
}
