package org.xcbir.study.simulation;

import java.util.List;
import java.util.Objects;
import org.xcbir.retrieval.adjudication.Mark;

/**
 * What a simulated participant did in one task.
 *
 * @param ending       why it stopped
 * @param pagesSeen    pages of not-yet-seen results it judged (the last possibly cut short by reaching the target)
 * @param marks        the marks it made, in order; results it left unmarked are not among them
 * @param leftUnmarked results it looked at and left unmarked
 * @param mapsViewed   saliency maps it asked for
 * @param refinements  refines it asked for
 * @param found        the task's found counter when it stopped
 */
public record SearchOutcome(Ending ending, int pagesSeen, List<Mark> marks, int leftUnmarked, int mapsViewed,
        int refinements, int found) {

    public enum Ending {
        /** The found counter reached the study's target count. */
        TARGET_REACHED,
        /** The page limit was used up first: the class is too rare or the ranking did not find it. */
        PAGE_LIMIT,
        /** Every result of the ranking was seen. */
        RANKING_EXHAUSTED
    }

    public SearchOutcome {
        Objects.requireNonNull(ending, "ending");
        marks = List.copyOf(marks);
    }

    public boolean targetReached() {
        return ending == Ending.TARGET_REACHED;
    }
}
