package org.xcbir.saliency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MaskGridTest {

    @Test
    void defaultGridEndsExactlyAtTheBorder() {
        MaskGrid grid = SaliencySettings.defaults().grid(300);
        assertArrayEquals(new int[] {0, 25, 50, 75, 100, 125, 150, 175, 200, 225, 250}, grid.starts());
        assertEquals(121, grid.count());
        assertEquals(121, grid.windows().size());
        assertEquals(new Window(0, 25, 50), grid.windows().get(1), "row by row");
    }

    @Test
    void addsAWindowFlushWithTheBorderWhenTheStrideOvershoots() {
        assertArrayEquals(new int[] {0, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200, 220, 240, 250},
                new MaskGrid(300, 50, 20).starts());
        assertArrayEquals(new int[] {0, 47, 94, 141, 188, 235, 239}, new MaskGrid(300, 61, 47).starts());
        assertEquals(49, new MaskGrid(300, 61, 47).count());
    }

    @Test
    void strideLargerThanTheBlockLeavesGapsButStillReachesTheBorder() {
        assertArrayEquals(new int[] {0, 89, 178, 263}, new MaskGrid(300, 37, 89).starts());
    }

    @Test
    void aBlockAsLargeAsTheInputIsOneWindow() {
        assertEquals(List.of(new Window(0, 0, 300)), new MaskGrid(300, 300, 7).windows());
    }

    @Test
    void rejectsBlocksThatDoNotFitAndNonPositiveStrides() {
        assertThrows(IllegalArgumentException.class, () -> new MaskGrid(300, 301, 10));
        assertThrows(IllegalArgumentException.class, () -> new MaskGrid(300, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new MaskGrid(300, 50, 0));
        assertThrows(IllegalArgumentException.class, () -> new SaliencySettings(50, 25, OcclusionFill.MEAN,
                DescriptorDistance.L2, 0));
        assertThrows(IllegalArgumentException.class, () -> SaliencySettings.defaults().withMasks(-1, 25));
    }

    @Property(tries = 200)
    void windowsStayInsideAndCoverEveryPixelWhenStrideAtMostBlock(
            @ForAll @IntRange(min = 1, max = 120) int size, @ForAll @IntRange(min = 1, max = 120) int block,
            @ForAll @IntRange(min = 1, max = 120) int stride) {
        if (block > size) {
            return;
        }
        int[] starts = new MaskGrid(size, block, stride).starts();
        boolean[] covered = new boolean[size];
        for (int i = 0; i < starts.length; i++) {
            assertTrue(starts[i] >= 0 && starts[i] + block <= size, "window inside");
            assertTrue(i == 0 || starts[i] > starts[i - 1], "distinct, increasing");
            for (int p = starts[i]; p < starts[i] + block; p++) {
                covered[p] = true;
            }
        }
        assertEquals(0, starts[0]);
        assertEquals(size - block, starts[starts.length - 1], "last window flush with the border");
        for (int p = 0; p < size && stride <= block; p++) {
            assertTrue(covered[p], "pixel " + p + " covered");
        }
    }
}
