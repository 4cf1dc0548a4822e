package org.xcbir.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class QueryPoolProposalProperties {

    private static final int TARGET = 12;

    /**
     * Archives of 8..20 classes; images overlap between classes like in COCO (ids from one shared range). At most 20
     * classes because an unbalanced proposal is checked against a brute force over all subsets of eligible classes.
     */
    @Provide
    Arbitrary<List<ClassGroundTruth>> archives() {
        Arbitrary<ClassGroundTruth> oneClass = Combinators.combine(
                Arbitraries.integers().between(0, 1_000_000).set().ofMinSize(5).ofMaxSize(60),
                Arbitraries.doubles().between(1, 10),
                Arbitraries.doubles().between(0.001, 0.5).ofScale(4))
                .as((ids, confuser, area) -> new ClassGroundTruth("?", toImageIds(ids), confuser, area));
        return oneClass.list().ofMinSize(8).ofMaxSize(20).map(QueryPoolProposalProperties::named);
    }

    @Property(tries = 1000)
    void proposesNClassesOfKDistinctImagesBalancedOverConfuserAndAreaQuartiles(
            @ForAll("archives") List<ClassGroundTruth> archive, @ForAll @IntRange(min = 2, max = 24) int classes,
            @ForAll @IntRange(min = 1, max = 8) int imagesPerClass, @ForAll long seed) {
        long eligible = archive.stream().filter(c -> c.imageIds().size() >= Math.max(imagesPerClass, TARGET + 1)).count();
        if (eligible < classes) {
            assertThrows(IllegalArgumentException.class,
                    () -> QueryPoolProposal.propose(archive, classes, imagesPerClass, TARGET, seed));
            return;
        }
        QueryPoolProposal proposal = QueryPoolProposal.propose(archive, classes, imagesPerClass, TARGET, seed);

        assertEquals(classes, proposal.classes().size());
        assertEquals(classes * imagesPerClass, proposal.queries().size());
        assertEquals(proposal.queries().size(), proposal.queries().stream().map(QueryImage::imageId).distinct().count(),
                "one image is never two queries");
        Map<String, ClassGroundTruth> byName = new HashMap<>();
        archive.forEach(c -> byName.put(c.className(), c));
        for (QueryImage query : proposal.queries()) {
            assertTrue(byName.get(query.targetClass()).imageIds().contains(query.imageId()), "query shows its class");
        }
        if (proposal.marginalsBalanced()) {
            assertWithinOne(classes, count(proposal, true));
            assertWithinOne(classes, count(proposal, false));
        } else {
            assertNoBalancedChoiceExists(proposal.eligibleClasses(), classes);
        }
        StudyDesign.builder("coco", proposal.queries()).seed(seed).build(); // the proposal is a usable pool
    }

    @Property(tries = 300)
    void sameSeedSameProposalWhateverTheInputOrder(@ForAll("archives") List<ClassGroundTruth> archive,
                                                   @ForAll long seed, @ForAll long shuffleSeed) {
        List<ClassGroundTruth> reordered = new ArrayList<>(archive);
        Collections.shuffle(reordered, new Random(shuffleSeed));
        int classes = (int) Math.min(6, archive.stream().filter(c -> c.imageIds().size() >= TARGET + 1).count());
        if (classes < 2) {
            return;
        }
        assertEquals(QueryPoolProposal.propose(archive, classes, 3, TARGET, seed),
                QueryPoolProposal.propose(reordered, classes, 3, TARGET, seed));
    }

    @Property(tries = 300)
    void perfectlyCorrelatedConfuserAndAreaStillBalanceBothMarginals(
            @ForAll @IntRange(min = 8, max = 40) int archiveClasses, @ForAll @IntRange(min = 2, max = 8) int classes,
            @ForAll long seed) {
        List<ClassGroundTruth> archive = new ArrayList<>();
        for (int c = 0; c < archiveClasses; c++) {
            archive.add(new ClassGroundTruth("c" + c, imageRange(c * 100, 20), c, c));
        }
        QueryPoolProposal proposal = QueryPoolProposal.propose(archive, classes, 2, TARGET, seed);

        assertTrue(proposal.marginalsBalanced());
        assertWithinOne(classes, count(proposal, true));
        assertWithinOne(classes, count(proposal, false));
    }

    @Example
    void dataWithoutABalancedChoiceIsToppedUpAndSaysSo() {
        // 9 eligible classes, 8 wanted: only dropping a class from both lowest quartiles balances, and there is none
        List<ClassGroundTruth> archive = new ArrayList<>();
        double[][] confuserArea = {{1, 9}, {2, 8}, {3, 7}, {4, 1}, {5, 2}, {6, 3}, {7, 4}, {8, 5}, {9, 6}};
        for (int c = 0; c < confuserArea.length; c++) {
            archive.add(new ClassGroundTruth("c" + c, imageRange(c * 100, 20), confuserArea[c][0], confuserArea[c][1]));
        }
        QueryPoolProposal proposal = QueryPoolProposal.propose(archive, 8, 1, TARGET, 3);

        assertFalse(proposal.marginalsBalanced());
        assertEquals(8, proposal.classes().size());
        assertEquals(8, proposal.queries().size());
        assertNoBalancedChoiceExists(proposal.eligibleClasses(), 8);
    }

    @Example
    void tooFewEligibleClassesIsExplained() {
        List<ClassGroundTruth> archive = List.of(
                new ClassGroundTruth("cow", imageRange(0, 20), 3, 0.1),
                new ClassGroundTruth("spoon", imageRange(100, 5), 6, 0.01));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> QueryPoolProposal.propose(archive, 2, 2, TARGET, 1));
        assertEquals("Only 1 classes have at least 13 images, but 2 classes were asked for; ask for fewer classes or"
                + " fewer images per class", error.getMessage());
    }

    /** Brute force over all subsets: the flag may only be false when the data leaves no balanced choice. */
    private static void assertNoBalancedChoiceExists(List<ProposedClass> eligible, int classes) {
        assertTrue(eligible.size() <= 20, "unbalanced with " + eligible.size() + " eligible classes");
        for (int subset = 0; subset < (1 << eligible.size()); subset++) {
            if (Integer.bitCount(subset) != classes) {
                continue;
            }
            int[] confuser = new int[4];
            int[] area = new int[4];
            for (int c = 0; c < eligible.size(); c++) {
                if ((subset >> c & 1) == 1) {
                    confuser[eligible.get(c).confuserQuartile()]++;
                    area[eligible.get(c).areaQuartile()]++;
                }
            }
            assertFalse(withinOne(classes, confuser) && withinOne(classes, area),
                    "a balanced choice existed but the proposal is marked unbalanced");
        }
    }

    private static int[] count(QueryPoolProposal proposal, boolean confuser) {
        int[] counts = new int[4];
        proposal.classes().forEach(c -> counts[confuser ? c.confuserQuartile() : c.areaQuartile()]++);
        return counts;
    }

    private static void assertWithinOne(int total, int[] perQuartile) {
        assertTrue(withinOne(total, perQuartile),
                "quartile counts " + java.util.Arrays.toString(perQuartile) + " for " + total + " classes (halves ±1)");
    }

    /** Each quartile N/4 (rounded either way) and the lower and upper half within one of each other. */
    private static boolean withinOne(int total, int[] perQuartile) {
        for (int count : perQuartile) {
            if (count != total / 4 && count != total / 4 + 1) {
                return false;
            }
        }
        return Math.abs(perQuartile[0] + perQuartile[1] - perQuartile[2] - perQuartile[3]) <= 1;
    }

    private static Set<String> toImageIds(Set<Integer> ids) {
        Set<String> imageIds = new HashSet<>();
        ids.forEach(id -> imageIds.add("coco-" + id));
        return imageIds;
    }

    private static Set<String> imageRange(int from, int count) {
        Set<String> ids = new HashSet<>();
        for (int i = from; i < from + count; i++) {
            ids.add("coco-" + i);
        }
        return ids;
    }

    private static List<ClassGroundTruth> named(List<ClassGroundTruth> classes) {
        List<ClassGroundTruth> named = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            ClassGroundTruth gt = classes.get(c);
            named.add(new ClassGroundTruth("class-" + c, gt.imageIds(), gt.confuser(), gt.area()));
        }
        return named;
    }
}
