package org.xcbir.retrieval.session;

import java.util.List;
import org.xcbir.retrieval.adjudication.Adjudication;
import org.xcbir.retrieval.adjudication.ExternalPositive;
import org.xcbir.retrieval.adjudication.Mark;
import org.xcbir.retrieval.adjudication.Relevance;
import org.xcbir.retrieval.ranking.RefinedRanking;
import org.xcbir.retrieval.workingset.Distances;
import org.xcbir.retrieval.workingset.NeighbourSource;
import org.xcbir.retrieval.workingset.WorkingSet;

/** Rebuilds a stored session's in-memory state (after a restart, or when it left the cache). */
public final class SessionReplay {
    /** The key of a session's query among its external positives. */
    public static final String QUERY_KEY = "query";

    private SessionReplay() {
    }

    public static List<ExternalPositive> query(float[] queryVector) {
        return List.of(new ExternalPositive(QUERY_KEY, queryVector));
    }

    /** The judgements: the marks that were not undone, in order. */
    public static Adjudication adjudication(float[] queryVector, List<Mark> activeMarks) {
        return Adjudication.replay(query(queryVector), activeMarks);
    }

    /**
     * The working set grown as the session grew it: from the query, then from each positive at the moment it was
     * marked, in order (a positive may lie among an earlier positive's neighbours), undone marks included.
     */
    public static WorkingSet workingSet(float[] queryVector, List<Mark> allMarks, NeighbourSource neighbours,
            int neighboursPerPositive) {
        Adjudication everMarked = Adjudication.startingWith(query(queryVector));
        WorkingSet workingSet = WorkingSet.empty(neighboursPerPositive).grownFor(everMarked, neighbours);
        for (Mark mark : allMarks) {
            everMarked = everMarked.mark(mark.imageId(), mark.relevance());
            if (mark.relevance() == Relevance.POSITIVE) {
                workingSet = workingSet.grownFor(everMarked, neighbours);
            }
        }
        return workingSet;
    }

    /** Before the first refine: the working set by similarity to the query (Elasticsearch's l2_norm score). */
    public static RefinedRanking initialRanking(WorkingSet workingSet, float[] queryVector) {
        return RefinedRanking.of(workingSet, vector -> 1 / (1 + Distances.squaredL2(queryVector, vector)));
    }
}
