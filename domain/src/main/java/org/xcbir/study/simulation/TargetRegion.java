package org.xcbir.study.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.xcbir.archive.BoundingBox;
import org.xcbir.saliency.SaliencyMap;

/**
 * The union of the target's instance boxes on a saliency map's grid: for every cell, the share of its area the
 * boxes cover. A map covers the whole image (the descriptor's input is the image resized without a letterbox), so a
 * box scales by {@code size / width} horizontally and {@code size / height} vertically. Cells are weighted by
 * their exact covered share rather than in or out, so that a box smaller than a cell still counts and a box edge
 * through a cell takes only its part of that cell's mass.
 */
public final class TargetRegion {

    private final int size;
    private final float[] coverage;

    private TargetRegion(int size, float[] coverage) {
        this.size = size;
        this.coverage = coverage;
    }

    /** The target's boxes on a {@code size}×{@code size} grid laid over the whole image. */
    public static TargetRegion of(TargetInstances target, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a grid needs at least one cell, not size " + size);
        }
        double scaleX = (double) size / target.imageWidth();
        double scaleY = (double) size / target.imageHeight();
        List<Rectangle> boxes = new ArrayList<>();
        for (BoundingBox box : target.boxes()) {
            Rectangle scaled = new Rectangle(box.x() * scaleX, box.y() * scaleY,
                    (box.x() + box.width()) * scaleX, (box.y() + box.height()) * scaleY)
                    .clippedTo(new Rectangle(0, 0, size, size));
            if (scaled.area() > 0) {
                boxes.add(scaled);
            }
        }
        float[] coverage = new float[size * size];
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                coverage[row * size + column] = (float) coveredArea(boxes, new Rectangle(column, row, column + 1, row + 1));
            }
        }
        return new TargetRegion(size, coverage);
    }

    public int size() {
        return size;
    }

    /** The share, 0 to 1, of the cell's area inside the union of the boxes. */
    public float coverage(int row, int column) {
        return coverage[row * size + column];
    }

    /**
     * The share of the map's mass that falls on the target: Σ max(v, 0)·coverage ⁄ Σ max(v, 0). Negative values are
     * clamped because they say nothing about where the similarity lies (SBSM itself has none). Empty when the map
     * has no positive mass, i.e. points nowhere.
     */
    public OptionalDouble massShare(SaliencyMap map) {
        if (map.size() != size) {
            throw new IllegalArgumentException("a " + map.size() + "×" + map.size() + " map on a " + size + "×" + size
                    + " target region");
        }
        float[] values = map.values();
        double total = 0;
        double onTarget = 0;
        for (int i = 0; i < values.length; i++) {
            double mass = Math.max(values[i], 0);
            total += mass;
            onTarget += mass * coverage[i];
        }
        return total > 0 ? OptionalDouble.of(Math.min(onTarget / total, 1)) : OptionalDouble.empty();
    }

    /** The area of the union of the boxes inside one cell, by sweeping the distinct x edges. */
    private static double coveredArea(List<Rectangle> boxes, Rectangle cell) {
        List<Rectangle> inCell = new ArrayList<>();
        for (Rectangle box : boxes) {
            Rectangle clipped = box.clippedTo(cell);
            if (clipped.area() > 0) {
                inCell.add(clipped);
            }
        }
        if (inCell.size() <= 1) {
            return inCell.isEmpty() ? 0 : inCell.get(0).area();
        }
        double[] edges = inCell.stream().flatMapToDouble(r -> Arrays.stream(new double[] {r.left, r.right}))
                .sorted().distinct().toArray();
        double area = 0;
        for (int i = 0; i + 1 < edges.length; i++) {
            double left = edges[i];
            double right = edges[i + 1];
            area += (right - left) * coveredLength(inCell, left, right);
        }
        return area;
    }

    /** The length of the union of the y ranges of the boxes spanning the slab [left, right]. */
    private static double coveredLength(List<Rectangle> boxes, double left, double right) {
        List<Rectangle> spanning = boxes.stream().filter(r -> r.left <= left && r.right >= right)
                .sorted((a, b) -> Double.compare(a.top, b.top)).toList();
        double length = 0;
        double coveredUpTo = Double.NEGATIVE_INFINITY;
        for (Rectangle box : spanning) {
            double from = Math.max(box.top, coveredUpTo);
            if (box.bottom > from) {
                length += box.bottom - from;
                coveredUpTo = box.bottom;
            }
        }
        return length;
    }

    private record Rectangle(double left, double top, double right, double bottom) {

        Rectangle clippedTo(Rectangle bounds) {
            return new Rectangle(Math.max(left, bounds.left), Math.max(top, bounds.top),
                    Math.min(right, bounds.right), Math.min(bottom, bounds.bottom));
        }

        double area() {
            return Math.max(right - left, 0) * Math.max(bottom - top, 0);
        }
    }
}
