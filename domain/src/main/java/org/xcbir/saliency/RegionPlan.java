package org.xcbir.saliency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xcbir.descriptor.nn.ConvSpec;
import org.xcbir.descriptor.nn.Span;

/**
 * Which part of every activation map an occluder can change, layer by layer, along one axis (input and windows
 * are square, so rows and columns share the plan).
 *
 * <p>Each layer's region is the span of outputs affected by the previous region ({@link
 * ConvSpec#outputSpanAffectedBy}), widened to one common length for all window positions so that a batch of
 * windows is one tensor; at the border a region is moved inward rather than cut, so it still contains every
 * affected output. Recomputing a few unaffected outputs is harmless: they come out as the cached values. Once a
 * region spans more than {@value #FULL_MAP_FRACTION} of its map it becomes the whole map: gathering and pasting a
 * crop then costs more than the few outputs it saves, and every later layer is computed whole.
 */
final class RegionPlan {

    static final double FULL_MAP_FRACTION = 0.75;

    /**
     * The region of one activation map for each window position.
     *
     * @param starts first index per window position (in the order of the plan's window starts)
     */
    record Regions(int mapSize, int length, int[] starts) {

        boolean coversMap() {
            return length == mapSize;
        }

        int start(int position) {
            return starts[position];
        }
    }

    private final int[] windowStarts;
    private final List<Regions> regions;

    private RegionPlan(int[] windowStarts, List<Regions> regions) {
        this.windowStarts = windowStarts;
        this.regions = regions;
    }

    /**
     * @param layers the network's convolutions in execution order
     * @param windowStarts distinct window starts along an axis
     */
    static RegionPlan of(List<ConvSpec> layers, int inputSize, int block, int[] windowStarts) {
        List<Regions> regions = new ArrayList<>();
        Regions current = new Regions(inputSize, block, windowStarts.clone());
        regions.add(current);
        for (ConvSpec layer : layers) {
            current = next(layer, current);
            regions.add(current);
        }
        return new RegionPlan(windowStarts.clone(), List.copyOf(regions));
    }

    private static Regions next(ConvSpec layer, Regions input) {
        int outputSize = layer.outputSize(input.mapSize());
        Span[] affected = new Span[input.starts().length];
        int length = 0;
        for (int p = 0; p < affected.length; p++) {
            Span changed = new Span(input.start(p), input.start(p) + input.length());
            affected[p] = layer.outputSpanAffectedBy(changed, input.mapSize());
            length = Math.max(length, affected[p].end() - affected[p].start());
        }
        if (length > FULL_MAP_FRACTION * outputSize) {
            length = outputSize;
        }
        int[] starts = new int[affected.length];
        for (int p = 0; p < starts.length; p++) {
            starts[p] = Math.min(affected[p].start(), outputSize - length);
        }
        return new Regions(outputSize, length, starts);
    }

    /** Index of a window start in the plan. */
    int position(int windowStart) {
        int position = Arrays.binarySearch(windowStarts, windowStart);
        if (position < 0) {
            throw new IllegalArgumentException("window start " + windowStart + " is not in the plan");
        }
        return position;
    }

    /** The occluder windows themselves (the region of the input). */
    Regions input() {
        return regions.get(0);
    }

    /** The region of layer {@code layer}'s output (0-based, execution order). */
    Regions output(int layer) {
        return regions.get(layer + 1);
    }

    /** Distinct, sorted window starts of some windows of one size. */
    static int[] distinctStarts(List<Window> windows) {
        return windows.stream().flatMapToInt(w -> Arrays.stream(new int[] {w.top(), w.left()}))
                .distinct().sorted().toArray();
    }
}
