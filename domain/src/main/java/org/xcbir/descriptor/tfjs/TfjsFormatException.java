package org.xcbir.descriptor.tfjs;

import java.io.IOException;

/** The files are readable but are not the TF.js graph model this code understands. */
public class TfjsFormatException extends IOException {

    public TfjsFormatException(String message) {
        super(message);
    }
}
