package org.xcbir.retrieval.adjudication;

/** A user's judgement of one result. */
public enum Relevance {
    POSITIVE,
    NEGATIVE,
    /** Explicitly "no opinion"; also what an item without any mark counts as. */
    NEUTRAL
}
