package org.xcbir.study;

/** A study that does not exist, or a person who takes part in none: answered "not found". */
public class UnknownStudyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnknownStudyException(String message) {
        super(message);
    }
}
