package org.xcbir.study;

/**
 * A class chosen for the query pool and the quartiles (0 = lowest … 3 = highest, among the
 * eligible classes) it was balanced by.
 */
public record ProposedClass(String className, int confuserQuartile, int areaQuartile) {
}
