package org.xcbir.study;

/** Supplies the code a participant pastes into the crowd platform to be paid; injected so tests can fix it. */
@FunctionalInterface
public interface CompletionCodeSource {

    String newCode();
}
