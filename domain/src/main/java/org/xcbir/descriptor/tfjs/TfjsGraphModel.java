package org.xcbir.descriptor.tfjs;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A TF.js graph model ({@code model.json} + binary weight shards): the graph's nodes and its
 * named constants. The shards are one little-endian byte stream cut into files, read in manifest
 * order without loading a whole shard at once.
 */
public final class TfjsGraphModel {

    private final Map<String, GraphNode> nodes;
    private final Map<String, WeightTensor> weights;

    private TfjsGraphModel(Map<String, GraphNode> nodes, Map<String, WeightTensor> weights) {
        this.nodes = nodes;
        this.weights = weights;
    }

    public static TfjsGraphModel read(Path modelJson) throws IOException {
        JsonObject root;
        try (Reader reader = Files.newBufferedReader(modelJson, StandardCharsets.UTF_8)) {
            root = JsonParser.parseReader(reader).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new TfjsFormatException(modelJson + " is not valid JSON: " + e.getMessage());
        }
        if (!root.has("modelTopology") || !root.has("weightsManifest")) {
            throw new TfjsFormatException(modelJson + " has no modelTopology/weightsManifest: not a TF.js graph model");
        }
        Map<String, GraphNode> nodes = readNodes(root.getAsJsonObject("modelTopology"));
        Map<String, WeightTensor> weights = new LinkedHashMap<>();
        for (JsonElement group : root.getAsJsonArray("weightsManifest")) {
            readWeightGroup(modelJson.getParent(), group.getAsJsonObject(), weights);
        }
        return new TfjsGraphModel(Collections.unmodifiableMap(nodes), Collections.unmodifiableMap(weights));
    }

    public Map<String, GraphNode> nodes() {
        return nodes;
    }

    public Optional<GraphNode> node(String name) {
        return Optional.ofNullable(nodes.get(name));
    }

    public Map<String, WeightTensor> weights() {
        return weights;
    }

    public WeightTensor weight(String name) throws TfjsFormatException {
        WeightTensor tensor = weights.get(name);
        if (tensor == null) {
            throw new TfjsFormatException("the model has no constant named " + name);
        }
        return tensor;
    }

    /** The node that reads {@code inputName} as its input number {@code position}. */
    public GraphNode consumerOf(String inputName, int position) throws TfjsFormatException {
        for (GraphNode node : nodes.values()) {
            if (node.inputs().size() > position && node.inputs().get(position).equals(inputName)) {
                return node;
            }
        }
        throw new TfjsFormatException("no node reads " + inputName + " as input " + position);
    }

    private static Map<String, GraphNode> readNodes(JsonObject topology) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        for (JsonElement element : topology.getAsJsonArray("node")) {
            JsonObject node = element.getAsJsonObject();
            List<String> inputs = new ArrayList<>();
            if (node.has("input")) {
                node.getAsJsonArray("input").forEach(i -> inputs.add(i.getAsString()));
            }
            JsonObject attributes = node.has("attr") ? node.getAsJsonObject("attr") : new JsonObject();
            String name = node.get("name").getAsString();
            nodes.put(name, new GraphNode(name, node.get("op").getAsString(), List.copyOf(inputs), attributes));
        }
        return nodes;
    }

    private static void readWeightGroup(Path dir, JsonObject group, Map<String, WeightTensor> into)
            throws IOException {
        List<Path> shards = new ArrayList<>();
        for (JsonElement path : group.getAsJsonArray("paths")) {
            Path shard = dir.resolve(path.getAsString());
            if (!Files.isRegularFile(shard)) {
                throw new TfjsFormatException("weight shard " + shard + " is missing");
            }
            shards.add(shard);
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(concatenate(shards), 1 << 16))) {
            for (JsonElement spec : group.getAsJsonArray("weights")) {
                WeightTensor tensor = readTensor(in, spec.getAsJsonObject());
                into.put(tensor.name(), tensor);
            }
            if (in.read() != -1) {
                throw new TfjsFormatException("weight shards of " + shards.get(0).getFileName()
                        + "… hold more bytes than the manifest describes");
            }
        } catch (EOFException e) {
            throw new TfjsFormatException("weight shards end before the manifest's last weight: truncated download?");
        }
    }

    private static WeightTensor readTensor(DataInputStream in, JsonObject spec) throws IOException {
        String name = spec.get("name").getAsString();
        if (spec.has("quantization")) {
            throw new TfjsFormatException(name + " is quantized; only float32/int32 weights are supported");
        }
        JsonArray shapeJson = spec.getAsJsonArray("shape");
        long[] shape = new long[shapeJson.size()];
        long count = 1;
        for (int i = 0; i < shape.length; i++) {
            shape[i] = shapeJson.get(i).getAsLong();
            count = Math.multiplyExact(count, shape[i]);
        }
        String dtype = spec.get("dtype").getAsString();
        byte[] raw = new byte[Math.toIntExact(count * 4)];
        in.readFully(raw);
        ByteBuffer buffer = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[(int) count];
        switch (dtype) {
            case "float32" -> buffer.asFloatBuffer().get(values);
            case "int32" -> {
                for (int i = 0; i < values.length; i++) {
                    values[i] = buffer.getInt();
                }
            }
            default -> throw new TfjsFormatException(name + " has dtype " + dtype + "; only float32/int32 are supported");
        }
        return new WeightTensor(name, shape, values);
    }

    private static InputStream concatenate(List<Path> shards) throws IOException {
        List<InputStream> streams = new ArrayList<>();
        for (Path shard : shards) {
            streams.add(Files.newInputStream(shard));
        }
        return new SequenceInputStream(Collections.enumeration(streams));
    }
}
