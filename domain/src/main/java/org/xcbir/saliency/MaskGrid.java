package org.xcbir.saliency;

import java.util.ArrayList;
import java.util.List;

/**
 * The occluder windows of one saliency map: a {@code block}×{@code block} square slid with {@code stride}
 * over the {@code inputSize}×{@code inputSize} descriptor input.
 *
 * <p>Border policy: along each axis the windows start at 0, s, 2s, … as long as they fit, plus one more
 * window flush with the far border when the last regular one stops short of it. Every window therefore has
 * the full b×b size (equal occluded areas, so no window counts more for being cut off) and, for s ≤ b, every
 * pixel is covered by at least one window. With s > b the gaps between windows stay uncovered and get
 * saliency 0.
 */
public record MaskGrid(int inputSize, int block, int stride) {

    public MaskGrid {
        if (block < 1 || block > inputSize) {
            throw new IllegalArgumentException("occluder size must be 1.." + inputSize + ", not " + block);
        }
        if (stride < 1) {
            throw new IllegalArgumentException("occluder stride must be at least 1, not " + stride);
        }
    }

    /** Window starts along one axis (the same for rows and columns). */
    public int[] starts() {
        List<Integer> starts = new ArrayList<>();
        int last = inputSize - block;
        for (int p = 0; p <= last; p += stride) {
            starts.add(p);
        }
        if (starts.get(starts.size() - 1) != last) {
            starts.add(last);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** All windows, row by row. */
    public List<Window> windows() {
        int[] starts = starts();
        List<Window> windows = new ArrayList<>(starts.length * starts.length);
        for (int top : starts) {
            for (int left : starts) {
                windows.add(new Window(top, left, block));
            }
        }
        return windows;
    }

    public int count() {
        int perAxis = starts().length;
        return perAxis * perAxis;
    }
}
