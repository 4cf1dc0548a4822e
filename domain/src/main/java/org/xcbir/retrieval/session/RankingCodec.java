package org.xcbir.retrieval.session;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.xcbir.retrieval.ranking.ScoredImage;

/** A ranking as bytes for the database: (image id, score) pairs, best first, 12 bytes each. */
public final class RankingCodec {
    private static final int ENTRY_BYTES = Long.BYTES + Float.BYTES;

    private RankingCodec() {
    }

    public static byte[] toBytes(List<ScoredImage> ranking) {
        ByteBuffer buffer = ByteBuffer.allocate(ranking.size() * ENTRY_BYTES);
        for (ScoredImage image : ranking) {
            buffer.putLong(image.imageId()).putFloat((float) image.score());
        }
        return buffer.array();
    }

    public static List<ScoredImage> fromBytes(byte[] bytes) {
        if (bytes.length % ENTRY_BYTES != 0) {
            throw new IllegalArgumentException("not a stored ranking: " + bytes.length + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        List<ScoredImage> ranking = new ArrayList<>(bytes.length / ENTRY_BYTES);
        while (buffer.hasRemaining()) {
            ranking.add(new ScoredImage(buffer.getLong(), buffer.getFloat()));
        }
        return ranking;
    }
}
