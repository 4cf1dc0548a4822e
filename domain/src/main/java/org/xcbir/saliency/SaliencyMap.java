package org.xcbir.saliency;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A similarity-based saliency map at the descriptor's input resolution (row-major {@code size}×{@code size}):
 * how much, on average, hiding each pixel pushes the result away from the query.
 */
public final class SaliencyMap {

    private static final int FORMAT = 0x5342_534D; // "SBSM"

    private final int size;
    private final float[] values;
    private final float max;

    public SaliencyMap(int size, float[] values) {
        if (values.length != size * size) {
            throw new IllegalArgumentException("a " + size + "×" + size + " map needs " + size * size + " values");
        }
        this.size = size;
        this.values = values.clone();
        float m = 0;
        for (float v : values) {
            m = Math.max(m, v);
        }
        this.max = m;
    }

    /**
     * SBSM = Σ_i K_i·(1 − m_i) ⊘ Σ_i (1 − m_i) with K_i = max(D'_i − D, 0): every pixel gets the mean distance
     * increase of the windows that hide it, and 0 when no window does.
     *
     * @param baseDistance D = d(f(Q), f(A))
     * @param occludedDistances D'_i = d(f(Q), f(A ⊙ m_i)), one per window
     */
    public static SaliencyMap fromDistances(
            int size, List<Window> windows, double baseDistance, float[] occludedDistances) {
        if (windows.size() != occludedDistances.length) {
            throw new IllegalArgumentException(windows.size() + " windows but " + occludedDistances.length + " distances");
        }
        double[] increases = new double[windows.size()];
        for (int i = 0; i < increases.length; i++) {
            increases[i] = Math.max(occludedDistances[i] - baseDistance, 0);
        }
        return fromIncreases(size, windows, increases);
    }

    /** The per-pixel mean of the given K_i over the windows covering each pixel. */
    static SaliencyMap fromIncreases(int size, List<Window> windows, double[] increases) {
        double[] sums = new double[size * size];
        int[] counts = new int[size * size];
        for (int i = 0; i < windows.size(); i++) {
            Window w = windows.get(i);
            for (int y = w.top(); y < w.top() + w.size(); y++) {
                for (int x = w.left(); x < w.left() + w.size(); x++) {
                    sums[y * size + x] += increases[i];
                    counts[y * size + x]++;
                }
            }
        }
        float[] values = new float[size * size];
        for (int p = 0; p < values.length; p++) {
            values[p] = counts[p] == 0 ? 0 : (float) (sums[p] / counts[p]);
        }
        return new SaliencyMap(size, values);
    }

    public int size() {
        return size;
    }

    public float at(int y, int x) {
        return values[y * size + x];
    }

    public float max() {
        return max;
    }

    /** A copy of the values, row-major. */
    public float[] values() {
        return values.clone();
    }

    /** Values divided by the maximum, in [0, 1]; all zero when the map is. */
    public float[] normalised() {
        float[] normalised = new float[values.length];
        if (max > 0) {
            for (int i = 0; i < values.length; i++) {
                normalised[i] = values[i] / max;
            }
        }
        return normalised;
    }

    /** The map as stored in the cache: a format tag, the size and the values as floats, deflated. */
    public byte[] encoded() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(FORMAT);
            out.writeInt(size);
            for (float v : values) {
                out.writeFloat(v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads {@link #encoded()}; fails on anything else, including a truncated file. */
    public static SaliencyMap decoded(byte[] encoded) throws IOException {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(encoded)))) {
            if (in.readInt() != FORMAT) {
                throw new IOException("not a saliency map");
            }
            int size = in.readInt();
            if (size < 1 || size > 4096) {
                throw new IOException("implausible saliency map size " + size);
            }
            float[] values = new float[size * size];
            for (int i = 0; i < values.length; i++) {
                values[i] = in.readFloat();
            }
            if (in.read() != -1) {
                throw new IOException("data after the saliency map");
            }
            return new SaliencyMap(size, values);
        }
    }

    /** The largest absolute difference to another map of the same size. */
    public float maxAbsDifference(SaliencyMap other) {
        if (other.size != size) {
            throw new IllegalArgumentException("maps of sizes " + size + " and " + other.size);
        }
        float worst = 0;
        for (int i = 0; i < values.length; i++) {
            worst = Math.max(worst, Math.abs(values[i] - other.values[i]));
        }
        return worst;
    }
}
