package org.xcbir.retrieval.ranking;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Trained rankers to bytes and back, for exporting the classifier and resuming sessions.
 *
 * <p>Format (big-endian, {@link DataOutputStream}): magic "XCRK", format version, ranker name
 * (modified UTF-8), then the model's parameters as exact IEEE doubles/floats, so a decoded
 * model scores bit-for-bit like the original. LIBSVM's own model file is not used because in
 * precomputed-kernel mode it stores only support-vector serial numbers, not the vectors.
 */
public final class TrainedRankerCodec {

    private static final int MAGIC = 0x5843524B; // "XCRK"
    private static final int FORMAT_VERSION = 1;

    private TrainedRankerCodec() {
    }

    public static byte[] toBytes(TrainedRanker ranker) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeUTF(ranker.rankerName());
            ranker.writeParametersTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    public static TrainedRanker fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a serialised xcbir ranker");
            }
            int version = in.readInt();
            if (version != FORMAT_VERSION) {
                throw new IllegalArgumentException("unsupported ranker format version " + version);
            }
            String name = in.readUTF();
            TrainedRanker ranker = switch (name) {
                case HikSvmRanker.NAME -> HikSvmModel.readParametersFrom(in);
                case LinearSvmRanker.NAME, LogisticRegressionRanker.NAME -> LinearModel.readParametersFrom(name, in);
                default -> throw new IllegalArgumentException("unknown ranker '" + name + "'");
            };
            if (in.read() != -1) {
                throw new IllegalArgumentException("trailing bytes after the ranker parameters");
            }
            return ranker;
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated or corrupt ranker bytes", e);
        }
    }
}
