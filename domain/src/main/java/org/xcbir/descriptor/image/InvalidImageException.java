package org.xcbir.descriptor.image;

import java.io.IOException;

/** An image file that cannot or must not be decoded; the message says what to do about it. */
public class InvalidImageException extends IOException {

    public enum Problem { EMPTY, UNKNOWN_FORMAT, TOO_LARGE, CORRUPT }

    private final Problem problem;

    public InvalidImageException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public InvalidImageException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
