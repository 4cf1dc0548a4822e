package org.xcbir.saliency;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the job's pair list (CSV, see {@link MapPair}); the checkpoint is the number of pairs read. */
@Named
@Dependent
public class MapPairReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String pairsFile;

    private List<MapPair> pairs;
    private int next;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        try (Reader in = Files.newBufferedReader(Path.of(pairsFile), StandardCharsets.UTF_8)) {
            pairs = MapPair.read(in);
        }
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < pairs.size() ? pairs.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
