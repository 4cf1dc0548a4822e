package org.xcbir.statistics;

/**
 * @param includeSimulated also analyse tasks (and answers) of simulated participants; the paper's
 *                         statistics are about people, so the default leaves them out
 * @param permutation      permutation-test settings
 */
public record StudyOptions(boolean includeSimulated, PermutationSettings permutation) {
}
