package org.xcbir.archive;

/** An archive id that does not exist (any more): a caller's mistake, answered with "not found". */
public class UnknownArchiveException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnknownArchiveException(long archiveId) {
        super("There is no archive with id " + archiveId + ".");
    }
}
