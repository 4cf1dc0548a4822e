package org.xcbir.retrieval.session;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Something a person did or saw in a retrieval session, announced to whoever keeps a log of it (the user study
 * logs its participants' task sessions). Announced inside the transaction that stores the change, so a log row
 * exists exactly when the change does.
 */
public record SessionActivity(String owner, long sessionId, Kind kind, Long imageId, String detail) {

    public enum Kind { RESULTS_SHOWN, MARK, UNDO, REFINE, MAP_VIEWED }

    public static SessionActivity resultsShown(String owner, long sessionId, int offset, List<Long> imageIds) {
        return new SessionActivity(owner, sessionId, Kind.RESULTS_SHOWN, null, "from rank " + (offset + 1) + ": "
                + imageIds.stream().map(String::valueOf).collect(Collectors.joining(" ")));
    }
}
