package org.xcbir.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.xcbir.retrieval.adjudication.Adjudication;
import org.xcbir.retrieval.adjudication.ExternalPositive;
import org.xcbir.retrieval.workingset.ExactNeighbourSource;
import org.xcbir.retrieval.workingset.Neighbour;
import org.xcbir.retrieval.workingset.WorkingSet;

/**
 * Deterministic test archives: Gaussian clusters around random non-negative centres, clamped
 * at 0 and L2-normalised like the ReLU6-pooled descriptors. Image id = cluster·1_000_000 + n,
 * so a test can read an image's cluster from its id.
 */
public final class SyntheticClusters {

    private static final long CLUSTER_ID_STRIDE = 1_000_000L;

    private SyntheticClusters() {
    }

    public static List<Neighbour> generate(int clusters, int perCluster, int dimension, double spread, long seed) {
        Random random = new Random(seed);
        List<Neighbour> archive = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            double[] centre = new double[dimension];
            for (int i = 0; i < dimension; i++) {
                centre[i] = random.nextDouble();
            }
            for (int n = 0; n < perCluster; n++) {
                float[] vector = new float[dimension];
                for (int i = 0; i < dimension; i++) {
                    vector[i] = (float) Math.max(0.0, centre[i] + spread * random.nextGaussian());
                }
                archive.add(new Neighbour(c * CLUSTER_ID_STRIDE + n, l2Normalised(vector)));
            }
        }
        return archive;
    }

    /** Uniform non-negative L2-normalised vectors (no structure), for speed and equality checks. */
    public static float[] randomDescriptor(Random random, int dimension) {
        float[] vector = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            vector[i] = random.nextFloat();
        }
        return l2Normalised(vector);
    }

    public static float[][] randomDescriptors(Random random, int count, int dimension) {
        float[][] vectors = new float[count][];
        for (int n = 0; n < count; n++) {
            vectors[n] = randomDescriptor(random, dimension);
        }
        return vectors;
    }

    /**
     * A working set of {@code size} unstructured descriptors (ids 0..size−1), grown from the
     * first one as query with k = size, so every one of them joins.
     */
    public static WorkingSet uniformWorkingSet(Random random, int size, int dimension) {
        List<Neighbour> archive = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            archive.add(new Neighbour(i, randomDescriptor(random, dimension)));
        }
        return WorkingSet.empty(size).grownFor(
                Adjudication.startingWith(List.of(new ExternalPositive("q", archive.get(0).vector()))),
                new ExactNeighbourSource(archive));
    }

    public static int clusterOf(long imageId) {
        return (int) (imageId / CLUSTER_ID_STRIDE);
    }

    public static float[] l2Normalised(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        float scale = (float) (1.0 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return vector;
    }
}
