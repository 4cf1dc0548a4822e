package org.xcbir.archive.demo;

/** Told after each image is written; a batch job or CLI reports or checkpoints from it. */
@FunctionalInterface
public interface GenerationProgress {

    void imagesDone(int done, int total);
}
