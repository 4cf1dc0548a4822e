package org.xcbir.retrieval.adjudication;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The relevance judgements of one retrieval session.
 *
 * <p>Immutable: every change returns a new snapshot that links to the one before it, which is
 * what {@link #undo()} returns. Snapshots can therefore be shared between threads and stored
 * as the session's current state with a single reference swap.
 *
 * <p>Marking an image with the relevance it already has returns {@code this} unchanged and
 * adds no undo step, so a double click in the web layer cannot create a phantom history entry.
 */
public final class Adjudication {

    private final List<ExternalPositive> externalPositives;
    private final Map<Long, Relevance> relevanceById;
    private final Adjudication previous;
    private final Mark lastMark;

    private Adjudication(List<ExternalPositive> externalPositives, Map<Long, Relevance> relevanceById,
                         Adjudication previous, Mark lastMark) {
        this.externalPositives = externalPositives;
        this.relevanceById = relevanceById;
        this.previous = previous;
        this.lastMark = lastMark;
    }

    /**
     * A session's initial state. The external positives (the query) belong to the session
     * itself, so they are not undoable.
     */
    public static Adjudication startingWith(List<ExternalPositive> externalPositives) {
        return new Adjudication(List.copyOf(externalPositives), Map.of(), null, null);
    }

    /** Rebuilds a stored session by replaying its marks in order (see {@link #history()}). */
    public static Adjudication replay(List<ExternalPositive> externalPositives, List<Mark> history) {
        Adjudication state = startingWith(externalPositives);
        for (Mark mark : history) {
            state = state.mark(mark.imageId(), mark.relevance());
        }
        return state;
    }

    public Adjudication markPositive(long imageId) {
        return mark(imageId, Relevance.POSITIVE);
    }

    public Adjudication markNegative(long imageId) {
        return mark(imageId, Relevance.NEGATIVE);
    }

    public Adjudication markNeutral(long imageId) {
        return mark(imageId, Relevance.NEUTRAL);
    }

    public Adjudication mark(long imageId, Relevance relevance) {
        Objects.requireNonNull(relevance, "relevance");
        if (relevanceOf(imageId) == relevance) {
            return this;
        }
        Map<Long, Relevance> next = new HashMap<>(relevanceById);
        // Neutral is stored as absence so that "never marked" and "reset" compare equal.
        if (relevance == Relevance.NEUTRAL) {
            next.remove(imageId);
        } else {
            next.put(imageId, relevance);
        }
        return new Adjudication(externalPositives, Collections.unmodifiableMap(next), this,
                new Mark(imageId, relevance));
    }

    /** The state before the last mark; the initial state undoes to itself. */
    public Adjudication undo() {
        return previous == null ? this : previous;
    }

    /** Undoes up to {@code steps} marks, stopping at the initial state. */
    public Adjudication undo(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0: " + steps);
        }
        Adjudication state = this;
        for (int i = 0; i < steps; i++) {
            state = state.undo();
        }
        return state;
    }

    public boolean canUndo() {
        return previous != null;
    }

    public Relevance relevanceOf(long imageId) {
        return relevanceById.getOrDefault(imageId, Relevance.NEUTRAL);
    }

    /** Archive positives in ascending id order (deterministic training order). */
    public Set<Long> positiveIds() {
        return idsWith(Relevance.POSITIVE);
    }

    /** Negatives in ascending id order (deterministic training order). */
    public Set<Long> negativeIds() {
        return idsWith(Relevance.NEGATIVE);
    }

    public List<ExternalPositive> externalPositives() {
        return externalPositives;
    }

    /** The marks that led to this state, oldest first; replaying them restores it. */
    public List<Mark> history() {
        Deque<Mark> marks = new ArrayDeque<>();
        for (Adjudication state = this; state.lastMark != null; state = state.previous) {
            marks.addFirst(state.lastMark);
        }
        return new ArrayList<>(marks);
    }

    private Set<Long> idsWith(Relevance relevance) {
        Set<Long> ids = new TreeSet<>();
        relevanceById.forEach((id, r) -> {
            if (r == relevance) {
                ids.add(id);
            }
        });
        return Collections.unmodifiableSet(ids);
    }
}
