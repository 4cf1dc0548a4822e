package org.xcbir.saliency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What a saliency map depends on: the descriptor model, the map configuration (masks, fill, distance, mode), the
 * query — identified by its descriptor, so the same query image gives the same key in every session — and the
 * result image. Every part is safe as a file name.
 */
public record MapKey(String modelId, String configuration, String queryHash, long imageId) {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    public MapKey {
        for (String part : new String[] {modelId, configuration, queryHash}) {
            if (part == null || !SAFE.matcher(part).matches()) {
                throw new IllegalArgumentException("not a safe key part: " + part);
            }
        }
    }

    /** The key of a map; the model id (which may hold any characters) becomes a file-name-safe tag. */
    public static MapKey of(String modelId, String configuration, float[] queryDescriptor, long imageId) {
        return new MapKey(modelTag(modelId), configuration, hash(queryDescriptor), imageId);
    }

    /** Readable start of the model id plus a hash of all of it, so distinct ids never share a tag. */
    static String modelTag(String modelId) {
        String readable = modelId.replaceAll("[^A-Za-z0-9._-]", "_");
        readable = readable.substring(0, Math.min(readable.length(), 60));
        return readable + "-" + sha256(modelId.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
    }

    /** SHA-256 over the float bits, 32 hex digits: equal descriptors, equal hashes. */
    public static String hash(float[] descriptor) {
        ByteBuffer bytes = ByteBuffer.allocate(descriptor.length * Float.BYTES);
        bytes.asFloatBuffer().put(descriptor);
        return sha256(bytes.array());
    }

    /** A short stable tag for HTTP caching: the same key always gives the same map. */
    public String etag() {
        return sha256((modelId + "/" + configuration + "/" + queryHash + "/" + imageId).getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
