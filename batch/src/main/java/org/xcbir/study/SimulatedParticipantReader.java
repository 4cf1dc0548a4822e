package org.xcbir.study;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Hands out the participant numbers 1 … N of a simulation run; the checkpoint is the next number. */
@Named
@Dependent
public class SimulatedParticipantReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String participants;

    private int count;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        count = Integer.parseInt(participants);
        next = checkpoint == null ? 1 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next <= count ? next++ : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
