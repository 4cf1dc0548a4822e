package org.xcbir.study;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A proposed query pool: N classes × K query images, chosen from the archive's ground truth so
 * that low- and high-clutter and small and large classes are equally represented (the paper's
 * analysis splits classes by Confuser and Area halves, §5.1, and reported it chose classes by
 * pilot results; a researcher reviews this proposal before it becomes a {@link StudyDesign}).
 *
 * <p>Algorithm, deterministic for the same input (in any order) and seed:
 * <ol>
 *   <li>Eligible classes have at least max(K, target count + 1) images, so each query has K
 *       distinct images and at least target-count further instances to find.</li>
 *   <li>Each eligible class gets a Confuser quartile and an Area quartile by rank among the
 *       eligible classes (ties by name), so each quartile holds m/4 (±1) of the m classes.</li>
 *   <li>{@link QuartileBalancedSelection} decides how many classes to take per (Confuser, Area)
 *       cell: N/4 (±1) per Confuser quartile and per Area quartile, lower and upper half within ±1
 *       of each other (the paper's Cluttered/Large splits), spread evenly over the cells;
 *       classes inside a cell are taken in seeded random order.</li>
 *   <li>If the data admits no such balance, the remaining classes are added one by one from the
 *       quartiles with the fewest selected classes, and {@link #marginalsBalanced()} is false.</li>
 *   <li>Per class, K images in seeded random order, never an image already proposed for another
 *       class (an image may contain several classes; one image must not be two queries).</li>
 * </ol>
 */
public record QueryPoolProposal(List<QueryImage> queries, List<ProposedClass> classes,
                                List<ProposedClass> eligibleClasses, boolean marginalsBalanced) {

    /**
     * @param queries           the proposed pool, K images per chosen class
     * @param classes           the chosen classes with their quartiles
     * @param eligibleClasses   every class that had enough images, with its quartiles (for the reviewer)
     * @param marginalsBalanced every Confuser and every Area quartile holds N/4 (±1) chosen classes;
     *                          false only when the data admits no such choice
     */
    public QueryPoolProposal {
        queries = List.copyOf(queries);
        classes = List.copyOf(classes);
        eligibleClasses = List.copyOf(eligibleClasses);
    }

    public static QueryPoolProposal propose(Collection<ClassGroundTruth> groundTruth, int classCount,
                                            int imagesPerClass, int targetCount, long seed) {
        if (classCount < 2 || imagesPerClass < 1 || targetCount < 1) {
            throw new IllegalArgumentException("Ask for at least 2 classes (a task pair needs two), at least 1 image"
                    + " per class and a target count of at least 1");
        }
        Set<String> names = new HashSet<>();
        for (ClassGroundTruth c : groundTruth) {
            if (!names.add(c.className())) {
                throw new IllegalArgumentException("Class " + c.className() + " appears twice in the ground truth;"
                        + " merge its entries");
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        int minimumImages = Math.max(imagesPerClass, targetCount + 1);
        List<ClassGroundTruth> eligible = groundTruth.stream()
                .filter(c -> c.imageIds().size() >= minimumImages)
                .sorted(Comparator.comparing(ClassGroundTruth::className))
                .toList();
        if (eligible.size() < classCount) {
            throw new IllegalArgumentException("Only " + eligible.size() + " classes have at least " + minimumImages
                    + " images, but " + classCount + " classes were asked for; ask for fewer classes or fewer"
                    + " images per class");
        }
        Map<String, ProposedClass> quartiles = quartilesOf(eligible);
        List<List<ClassGroundTruth>> cells = shuffledCells(eligible, quartiles, random);
        QuartileBalancedSelection selection =
                QuartileBalancedSelection.choose(cellSizes(cells), classCount, random);

        List<ClassGroundTruth> chosen = new ArrayList<>();
        Set<ClassGroundTruth> left = new HashSet<>(eligible);
        for (int cell = 0; cell < cells.size(); cell++) {
            int take = selection.takePerCell[cell / QuartileBalancedSelection.QUARTILES][cell % QuartileBalancedSelection.QUARTILES];
            List<ClassGroundTruth> taken = cells.get(cell).subList(0, take);
            chosen.addAll(taken);
            taken.forEach(left::remove);
        }
        topUp(chosen, left, classCount, quartiles, random);

        chosen.sort(Comparator.comparing(ClassGroundTruth::className));
        return new QueryPoolProposal(queryImages(chosen, imagesPerClass, random),
                chosen.stream().map(c -> quartiles.get(c.className())).toList(),
                List.copyOf(quartiles.values()),
                selection.marginalsBalanced);
    }

    private static Map<String, ProposedClass> quartilesOf(List<ClassGroundTruth> eligible) {
        Map<String, Integer> confuser = rankQuartiles(eligible, Comparator.comparingDouble(ClassGroundTruth::confuser));
        Map<String, Integer> area = rankQuartiles(eligible, Comparator.comparingDouble(ClassGroundTruth::area));
        Map<String, ProposedClass> quartiles = new TreeMap<>();
        for (ClassGroundTruth c : eligible) {
            quartiles.put(c.className(), new ProposedClass(c.className(), confuser.get(c.className()), area.get(c.className())));
        }
        return quartiles;
    }

    private static Map<String, Integer> rankQuartiles(List<ClassGroundTruth> eligible, Comparator<ClassGroundTruth> by) {
        List<ClassGroundTruth> ranked = eligible.stream()
                .sorted(by.thenComparing(ClassGroundTruth::className))
                .toList();
        Map<String, Integer> quartile = new TreeMap<>();
        for (int rank = 0; rank < ranked.size(); rank++) {
            quartile.put(ranked.get(rank).className(), rank * QuartileBalancedSelection.QUARTILES / ranked.size());
        }
        return quartile;
    }

    /** Cells in row-major order [confuser quartile × 4 + area quartile], each in seeded random order. */
    private static List<List<ClassGroundTruth>> shuffledCells(List<ClassGroundTruth> eligible,
                                                              Map<String, ProposedClass> quartiles,
                                                              SplittableRandom random) {
        int q = QuartileBalancedSelection.QUARTILES;
        List<List<ClassGroundTruth>> cells = new ArrayList<>();
        for (int cell = 0; cell < q * q; cell++) {
            cells.add(new ArrayList<>());
        }
        for (ClassGroundTruth c : eligible) {
            ProposedClass p = quartiles.get(c.className());
            cells.get(p.confuserQuartile() * q + p.areaQuartile()).add(c);
        }
        cells.forEach(cell -> Shuffle.inPlace(cell, random));
        return cells;
    }

    private static int[][] cellSizes(List<List<ClassGroundTruth>> cells) {
        int q = QuartileBalancedSelection.QUARTILES;
        int[][] sizes = new int[q][q];
        for (int cell = 0; cell < cells.size(); cell++) {
            sizes[cell / q][cell % q] = cells.get(cell).size();
        }
        return sizes;
    }

    /** Fallback for data without a balanced choice: add from the least-filled quartiles. */
    private static void topUp(List<ClassGroundTruth> chosen, Set<ClassGroundTruth> left, int classCount,
                              Map<String, ProposedClass> quartiles, SplittableRandom random) {
        int[] confuserCount = new int[QuartileBalancedSelection.QUARTILES];
        int[] areaCount = new int[QuartileBalancedSelection.QUARTILES];
        chosen.forEach(c -> {
            confuserCount[quartiles.get(c.className()).confuserQuartile()]++;
            areaCount[quartiles.get(c.className()).areaQuartile()]++;
        });
        List<ClassGroundTruth> candidates = new ArrayList<>(left);
        candidates.sort(Comparator.comparing(ClassGroundTruth::className));
        Shuffle.inPlace(candidates, random);
        while (chosen.size() < classCount) {
            ClassGroundTruth next = candidates.stream()
                    .min(Comparator.comparingInt(c -> confuserCount[quartiles.get(c.className()).confuserQuartile()]
                            + areaCount[quartiles.get(c.className()).areaQuartile()]))
                    .orElseThrow();
            candidates.remove(next);
            chosen.add(next);
            confuserCount[quartiles.get(next.className()).confuserQuartile()]++;
            areaCount[quartiles.get(next.className()).areaQuartile()]++;
        }
    }

    /** Classes with fewer images pick first, so overlaps with other classes are least likely to starve them. */
    private static List<QueryImage> queryImages(List<ClassGroundTruth> chosen, int imagesPerClass, SplittableRandom random) {
        Set<String> used = new HashSet<>();
        List<QueryImage> queries = new ArrayList<>();
        List<ClassGroundTruth> byScarcity = chosen.stream()
                .sorted(Comparator.comparingInt((ClassGroundTruth c) -> c.imageIds().size())
                        .thenComparing(ClassGroundTruth::className))
                .toList();
        for (ClassGroundTruth c : byScarcity) {
            List<String> images = new ArrayList<>(c.imageIds());
            images.sort(null);
            Shuffle.inPlace(images, random);
            List<String> picked = images.stream().filter(id -> !used.contains(id)).limit(imagesPerClass).toList();
            if (picked.size() < imagesPerClass) {
                throw new IllegalArgumentException("Class " + c.className() + " has only " + picked.size()
                        + " images not already proposed for another class; ask for fewer images per class");
            }
            used.addAll(picked);
            picked.forEach(id -> queries.add(new QueryImage(id, c.className())));
        }
        queries.sort(Comparator.comparing(QueryImage::targetClass).thenComparing(QueryImage::imageId));
        return queries;
    }
}
