package org.xcbir.study.simulation;

/** How a participant's with-XAI task went compared with its no-XAI task, as the participant would feel it. */
public enum TaskComparison {
    WITH_XAI_BETTER,
    /** Alike, or not known yet: a sub-task questionnaire answered before the other task has nothing to compare. */
    NO_DIFFERENCE,
    WITH_XAI_WORSE;

    /**
     * Reaching the target beats not reaching it; between two tasks that reached it, fewer pages is better (the
     * participant's effort); between two that did not, more found is better.
     */
    public static TaskComparison of(SearchOutcome noXai, SearchOutcome withXai) {
        int better;
        if (withXai.targetReached() != noXai.targetReached()) {
            better = withXai.targetReached() ? 1 : -1;
        } else if (withXai.targetReached()) {
            better = Integer.compare(noXai.pagesSeen(), withXai.pagesSeen());
        } else {
            better = Integer.compare(withXai.found(), noXai.found());
        }
        return better > 0 ? WITH_XAI_BETTER : better < 0 ? WITH_XAI_WORSE : NO_DIFFERENCE;
    }
}
