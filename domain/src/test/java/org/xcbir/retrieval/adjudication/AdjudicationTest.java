package org.xcbir.retrieval.adjudication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdjudicationTest {

    private static final ExternalPositive QUERY = new ExternalPositive("query", new float[] {1f, 0f});
    private final Adjudication start = Adjudication.startingWith(List.of(QUERY));

    @Test
    void marksAreRecordedPerImage() {
        Adjudication state = start.markPositive(1).markNegative(2).markPositive(3);

        assertEquals(Set.of(1L, 3L), state.positiveIds());
        assertEquals(Set.of(2L), state.negativeIds());
        assertEquals(Relevance.NEUTRAL, state.relevanceOf(99));
        assertEquals(List.of(QUERY), state.externalPositives());
    }

    @Test
    void markingTheSameRelevanceTwiceChangesNothing() {
        Adjudication once = start.markPositive(7);
        Adjudication twice = once.markPositive(7);

        assertSame(once, twice);
        assertEquals(1, twice.history().size());
        // One undo must remove the mark: the double click added no second history entry.
        assertEquals(Relevance.NEUTRAL, twice.undo().relevanceOf(7));
    }

    @Test
    void markingAnUnmarkedImageNeutralIsANoOp() {
        assertSame(start, start.markNeutral(5));
    }

    @Test
    void remarkingMovesAnImageBetweenClasses() {
        Adjudication state = start.markPositive(4).markNegative(4);

        assertEquals(Set.of(), state.positiveIds());
        assertEquals(Set.of(4L), state.negativeIds());
        assertEquals(Set.of(), state.markNeutral(4).negativeIds());
    }

    @Test
    void undoRestoresThePreviousRelevanceNotJustNeutral() {
        Adjudication state = start.markPositive(4).markNegative(4).undo();

        assertEquals(Relevance.POSITIVE, state.relevanceOf(4));
    }

    @Test
    void undoSeveralStepsStopsAtTheStart() {
        Adjudication state = start.markPositive(1).markPositive(2).markNegative(3);

        assertEquals(Set.of(1L), state.undo(2).positiveIds());
        assertEquals(Set.of(), state.undo(2).negativeIds());
        assertSame(start, state.undo(10));
        assertFalse(start.canUndo());
        assertSame(start, start.undo());
        assertEquals(List.of(QUERY), state.undo(10).externalPositives());
        assertThrows(IllegalArgumentException.class, () -> state.undo(-1));
    }

    @Test
    void olderSnapshotsAreUnaffectedByLaterMarks() {
        Adjudication before = start.markPositive(1);
        before.markNegative(2).markNegative(1);

        assertEquals(Set.of(1L), before.positiveIds());
        assertEquals(Set.of(), before.negativeIds());
    }

    @Test
    void replayingTheHistoryRestoresTheState() {
        Adjudication state = start.markPositive(1).markNegative(2).markNeutral(1).markPositive(3);

        assertEquals(List.of(new Mark(1, Relevance.POSITIVE), new Mark(2, Relevance.NEGATIVE),
                new Mark(1, Relevance.NEUTRAL), new Mark(3, Relevance.POSITIVE)), state.history());

        Adjudication replayed = Adjudication.replay(List.of(QUERY), state.history());
        assertEquals(state.positiveIds(), replayed.positiveIds());
        assertEquals(state.negativeIds(), replayed.negativeIds());
        assertEquals(state.history(), replayed.history());
        assertTrue(replayed.canUndo());
    }

    @Test
    void exposedIdSetsCannotBeModified() {
        Adjudication state = start.markPositive(1);

        assertThrows(UnsupportedOperationException.class, () -> state.positiveIds().add(2L));
    }
}
