package org.xcbir.descriptor.nn;

/** A half-open index range {@code [start, end)} along one spatial axis of a feature map. */
public record Span(int start, int end) {

    public Span {
        if (end < start) {
            throw new IllegalArgumentException("empty span must have end == start, got [" + start + ", " + end + ")");
        }
    }

    public boolean isEmpty() {
        return end == start;
    }

    Span clip(int size) {
        int s = Math.max(0, Math.min(start, size));
        return new Span(s, Math.max(s, Math.min(end, size)));
    }
}
