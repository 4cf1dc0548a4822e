package org.xcbir.retrieval.adjudication;

import java.util.Objects;

/** One adjudication the user made: an archive image marked with a relevance. */
public record Mark(long imageId, Relevance relevance) {

    public Mark {
        Objects.requireNonNull(relevance, "relevance");
    }
}
