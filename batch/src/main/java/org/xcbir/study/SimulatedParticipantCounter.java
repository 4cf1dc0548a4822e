package org.xcbir.study;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/** Nothing to write (each participant's records are stored as it goes); the step's write count is the progress. */
@Named
@Dependent
public class SimulatedParticipantCounter extends AbstractItemWriter {

    @Override
    public void writeItems(List<Object> items) {
        // the count is kept by the batch runtime
    }
}
