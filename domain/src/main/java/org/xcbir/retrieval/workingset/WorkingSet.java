package org.xcbir.retrieval.workingset;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xcbir.retrieval.adjudication.Adjudication;
import org.xcbir.retrieval.adjudication.ExternalPositive;

/**
 * The images a session re-ranks: the union of the k nearest neighbours of every positive
 * seen so far (SMQTK IQR semantics).
 *
 * <p>Immutable; {@link #grownFor} returns a new working set. It only ever grows: undoing a
 * positive keeps its neighbours, as in SMQTK, so results the user has seen do not vanish.
 * Members keep the order in which they joined (the initial kNN order of the query first).
 */
public final class WorkingSet {

    public static final int DEFAULT_NEIGHBOURS_PER_POSITIVE = 500;

    private final int neighboursPerPositive;
    private final long[] ids;
    private final float[][] vectors;
    private final Map<Long, Integer> indexById;
    private final Set<Long> seededImageIds;
    private final Set<String> seededExternalKeys;
    /**
     * The vectors at 8 bits, for HIK-SVM scoring; made when the set grows (extending the codes
     * of the set it grew from), so that a refine finds them ready.
     */
    private final QuantisedVectors quantised;

    private WorkingSet(int neighboursPerPositive, long[] ids, float[][] vectors, QuantisedVectors quantised,
                       Set<Long> seededImageIds, Set<String> seededExternalKeys) {
        this.neighboursPerPositive = neighboursPerPositive;
        this.ids = ids;
        this.vectors = vectors;
        this.quantised = quantised;
        this.indexById = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            indexById.put(ids[i], i);
        }
        this.seededImageIds = Set.copyOf(seededImageIds);
        this.seededExternalKeys = Set.copyOf(seededExternalKeys);
    }

    public static WorkingSet empty() {
        return empty(DEFAULT_NEIGHBOURS_PER_POSITIVE);
    }

    public static WorkingSet empty(int neighboursPerPositive) {
        if (neighboursPerPositive < 1) {
            throw new IllegalArgumentException("neighboursPerPositive must be >= 1: " + neighboursPerPositive);
        }
        float[][] none = new float[0][];
        return new WorkingSet(neighboursPerPositive, new long[0], none, QuantisedVectors.of(none), Set.of(), Set.of());
    }

    /**
     * Adds the neighbours of every positive of {@code adjudication} this working set has not
     * grown from yet. Archive positives must already be members (they are marked from results
     * drawn from the working set), because their vectors are taken from here.
     */
    public WorkingSet grownFor(Adjudication adjudication, NeighbourSource neighbours) {
        Set<Long> seededIds = new HashSet<>(seededImageIds);
        Set<String> seededKeys = new HashSet<>(seededExternalKeys);
        // Insertion order = join order, so the query's kNN order survives as the initial ranking.
        Map<Long, float[]> joining = new LinkedHashMap<>();

        for (ExternalPositive external : adjudication.externalPositives()) {
            if (seededKeys.add(external.key())) {
                join(neighbours.nearest(external.vector(), neighboursPerPositive), joining);
            }
        }
        for (long positiveId : adjudication.positiveIds()) {
            if (seededIds.add(positiveId)) {
                float[] vector = contains(positiveId) ? vector(positiveId) : joining.get(positiveId);
                if (vector == null) {
                    throw new IllegalArgumentException("positive " + positiveId + " is not in the working set");
                }
                join(neighbours.nearest(vector, neighboursPerPositive), joining);
            }
        }

        long[] allIds = Arrays.copyOf(ids, ids.length + joining.size());
        float[][] allVectors = Arrays.copyOf(vectors, vectors.length + joining.size());
        int next = ids.length;
        for (Map.Entry<Long, float[]> member : joining.entrySet()) {
            allIds[next] = member.getKey();
            allVectors[next] = member.getValue();
            next++;
        }
        return new WorkingSet(neighboursPerPositive, allIds, allVectors,
                QuantisedVectors.extended(quantised, allVectors), seededIds, seededKeys);
    }

    private void join(List<Neighbour> hits, Map<Long, float[]> joining) {
        for (Neighbour hit : hits) {
            if (!contains(hit.imageId())) {
                joining.putIfAbsent(hit.imageId(), hit.vector());
            }
        }
    }

    public int size() {
        return ids.length;
    }

    public boolean contains(long imageId) {
        return indexById.containsKey(imageId);
    }

    /** Member id at a position in join order. */
    public long idAt(int index) {
        return ids[index];
    }

    /** Member vector at a position in join order; read-only. */
    public float[] vectorAt(int index) {
        return vectors[index];
    }

    /** A member's vector; read-only. */
    public float[] vector(long imageId) {
        Integer index = indexById.get(imageId);
        if (index == null) {
            throw new IllegalArgumentException("image " + imageId + " is not in the working set");
        }
        return vectors[index];
    }

    /**
     * The members' vectors at 8 bits per value, in join order ({@link QuantisedVectors}). Made by
     * {@link #grownFor}, which extends the codes of the set it grows from: about 25 ms when 500
     * members join 9,500 (1280-d), spent when a positive is marked rather than at the refine.
     */
    public QuantisedVectors quantised() {
        return quantised;
    }

    public List<Long> ids() {
        return Arrays.stream(ids).boxed().toList();
    }
}
