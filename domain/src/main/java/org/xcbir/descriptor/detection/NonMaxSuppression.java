package org.xcbir.descriptor.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Greedy non-maximum suppression within one class. */
public final class NonMaxSuppression {

    private NonMaxSuppression() {}

    public record Candidate(NormalizedBox box, float score) {}

    /** Keeps the best-scoring boxes, dropping any box that overlaps a kept one by more than the threshold. */
    public static List<Candidate> suppress(List<Candidate> candidates, double iouThreshold, int maxKept) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : sorted) {
            if (kept.size() == maxKept) {
                break;
            }
            if (kept.stream().allMatch(k -> k.box().intersectionOverUnion(candidate.box()) <= iouThreshold)) {
                kept.add(candidate);
            }
        }
        return kept;
    }
}
