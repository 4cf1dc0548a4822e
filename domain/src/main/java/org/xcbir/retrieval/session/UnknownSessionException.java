package org.xcbir.retrieval.session;

/** A session id that does not exist or belongs to someone else: both answer "not found", revealing nothing. */
public class UnknownSessionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnknownSessionException(long sessionId) {
        super("You have no retrieval session with id " + sessionId + ".");
    }
}
