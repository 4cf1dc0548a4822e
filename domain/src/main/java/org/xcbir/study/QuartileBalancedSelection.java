package org.xcbir.study;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How many classes to take from each (Confuser quartile, Area quartile) cell so that each Confuser
 * quartile and each Area quartile gets total/4 classes, the remainder spread one each over seeded
 * quartiles (as evenly over the lower and upper half as possible, so the paper's half splits differ
 * by at most one class), and classes are spread over the 16 cells as evenly as the data allows.
 *
 * <p>Solved as a max flow: source → Confuser quartile (capacity = its target) → cell (capacity =
 * min(classes in the cell, cell cap)) → Area quartile (capacity = its target) → sink. The cell cap
 * starts at ⌈total/16⌉ and is raised until a full flow exists; for each cap every choice of which
 * quartiles take the remainder is tried in seeded order. If no choice gives a full flow (strongly
 * correlated data, or few classes to choose from), the best flow is returned marked unbalanced and
 * the caller tops it up.
 */
final class QuartileBalancedSelection {

    static final int QUARTILES = 4;
    private static final int SOURCE = 0;
    private static final int FIRST_CONFUSER = 1;
    private static final int FIRST_AREA = FIRST_CONFUSER + QUARTILES;
    private static final int SINK = FIRST_AREA + QUARTILES;

    final int[][] takePerCell;
    final boolean marginalsBalanced;

    private QuartileBalancedSelection(int[][] takePerCell, boolean marginalsBalanced) {
        this.takePerCell = takePerCell;
        this.marginalsBalanced = marginalsBalanced;
    }

    /** @param available classes per cell, [confuser quartile][area quartile] */
    static QuartileBalancedSelection choose(int[][] available, int total, SplittableRandom random) {
        List<Integer> remainderChoices = quartileSubsetsOfSize(total % QUARTILES);
        Shuffle.inPlace(remainderChoices, random);
        int largestCell = 0;
        for (int[] row : available) {
            for (int cell : row) {
                largestCell = Math.max(largestCell, cell);
            }
        }
        int[][] best = new int[QUARTILES][QUARTILES];
        int bestFlow = -1;
        int evenSpread = Math.max(1, ceilDiv(total, QUARTILES * QUARTILES));
        // a cap at or above the largest cell no longer restricts anything, so stop there
        for (int cellCap = evenSpread; cellCap <= Math.max(evenSpread, largestCell); cellCap++) {
            for (int confuserExtra : remainderChoices) {
                for (int areaExtra : remainderChoices) {
                    MaxFlow network = network(available, total, cellCap, confuserExtra, areaExtra);
                    int flow = network.maximise(SOURCE, SINK);
                    if (flow > bestFlow) {
                        bestFlow = flow;
                        best = cellFlows(network);
                    }
                    if (flow == total) {
                        return new QuartileBalancedSelection(best, true);
                    }
                }
            }
        }
        return new QuartileBalancedSelection(best, false);
    }

    private static MaxFlow network(int[][] available, int total, int cellCap, int confuserExtra, int areaExtra) {
        MaxFlow network = new MaxFlow(SINK + 1);
        for (int q = 0; q < QUARTILES; q++) {
            network.addEdge(SOURCE, FIRST_CONFUSER + q, total / QUARTILES + bit(confuserExtra, q));
            network.addEdge(FIRST_AREA + q, SINK, total / QUARTILES + bit(areaExtra, q));
        }
        for (int c = 0; c < QUARTILES; c++) {
            for (int a = 0; a < QUARTILES; a++) {
                network.addEdge(FIRST_CONFUSER + c, FIRST_AREA + a, Math.min(available[c][a], cellCap));
            }
        }
        return network;
    }

    private static int[][] cellFlows(MaxFlow network) {
        int[][] take = new int[QUARTILES][QUARTILES];
        for (int c = 0; c < QUARTILES; c++) {
            for (int a = 0; a < QUARTILES; a++) {
                take[c][a] = network.flowOn(FIRST_CONFUSER + c, FIRST_AREA + a);
            }
        }
        return take;
    }

    /**
     * Bit masks over the 4 quartiles with exactly {@code size} bits set, split evenly between the
     * lower and upper half (quartiles 0–1 vs 2–3), so the paper's half splits (Cluttered/Uncluttered,
     * Large/Small) stay within ±1 too.
     */
    private static List<Integer> quartileSubsetsOfSize(int size) {
        List<Integer> masks = new ArrayList<>();
        for (int mask = 0; mask < (1 << QUARTILES); mask++) {
            int lowerHalf = Integer.bitCount(mask & 0b0011);
            int upperHalf = Integer.bitCount(mask & 0b1100);
            if (Integer.bitCount(mask) == size && Math.abs(lowerHalf - upperHalf) <= 1) {
                masks.add(mask);
            }
        }
        return masks;
    }

    private static int bit(int mask, int quartile) {
        return (mask >> quartile) & 1;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
