package org.xcbir.saliency;

/** One square occluder position at the descriptor's input resolution: rows and columns {@code [top, top+size)}, {@code [left, left+size)}. */
public record Window(int top, int left, int size) {

    public Window {
        if (top < 0 || left < 0 || size < 1) {
            throw new IllegalArgumentException("window needs top, left ≥ 0 and size ≥ 1, got " + top + ", " + left + ", " + size);
        }
    }
}
