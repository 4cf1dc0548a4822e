package org.xcbir.descriptor;

import jakarta.ejb.ApplicationException;

/** The descriptor is still loading or failed to load; the request can be repeated later. */
@ApplicationException
public class ModelNotReadyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelNotReadyException(String message) {
        super(message);
    }
}
