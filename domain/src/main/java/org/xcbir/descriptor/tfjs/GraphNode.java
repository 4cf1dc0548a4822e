package org.xcbir.descriptor.tfjs;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** One node of the TF GraphDef held in a TF.js model's {@code modelTopology}. */
public record GraphNode(String name, String op, List<String> inputs, JsonObject attributes) {

    /** An integer-list attribute such as {@code strides} or {@code dilations}. */
    public Optional<long[]> intList(String attribute) {
        return attribute(attribute)
                .map(a -> a.getAsJsonObject("list"))
                .filter(list -> list != null && list.has("i"))
                .map(list -> StreamSupport.stream(list.getAsJsonArray("i").spliterator(), false)
                        .mapToLong(JsonElement::getAsLong)
                        .toArray());
    }

    /**
     * A string attribute such as {@code padding}. Protobuf bytes appear in model.json either as
     * base64 text (the usual TF.js converter) or as an array of byte values (this model).
     */
    public Optional<String> string(String attribute) {
        return attribute(attribute).map(a -> a.get("s")).map(s -> {
            if (s.isJsonArray()) {
                byte[] bytes = new byte[s.getAsJsonArray().size()];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = s.getAsJsonArray().get(i).getAsByte();
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
            return new String(Base64.getDecoder().decode(s.getAsString()), StandardCharsets.UTF_8);
        });
    }

    public Optional<Float> floatValue(String attribute) {
        return attribute(attribute).map(a -> a.get("f")).map(JsonElement::getAsFloat);
    }

    private Optional<JsonObject> attribute(String attribute) {
        return Optional.ofNullable(attributes.getAsJsonObject(attribute));
    }
}
