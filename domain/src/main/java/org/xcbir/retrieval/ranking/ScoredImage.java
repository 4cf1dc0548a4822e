package org.xcbir.retrieval.ranking;

/** A working-set member with its probability of relevance. */
public record ScoredImage(long imageId, double score) {
}
