/**
 * Simulated study participants: pure, container-free code that runs a search task through a {@link
 * org.xcbir.study.simulation.SearchTask} (the real retrieval session behind it in the simulated-study job, a fake in
 * tests), judges each shown result with an {@link org.xcbir.study.simulation.AdjudicationPolicy} that knows the
 * archive's ground truth, and answers the questionnaires. Everything random takes a seeded generator, so a simulated
 * study replays exactly.
 */
package org.xcbir.study.simulation;
