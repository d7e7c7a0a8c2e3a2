package org.ipclab.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A run.json field whose JSON null and absence mean different things: the writer writes null where it has no
 * value, an older file lacks the field. It is held as a {@link JsonNode}: Java null reads "absent", and stays
 * out of the file; a null node is written as JSON null.
 */
public final class NullOrAbsent {
    private NullOrAbsent() {
    }

    public static JsonNode of(String value) {
        return value == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.textNode(value);
    }

    public static JsonNode of(Double value) {
        return value == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.numberNode(value);
    }

    /** Its text: null where it was written as null or is absent. */
    public static String text(JsonNode field) {
        return field == null || field.isNull() ? null : field.asText();
    }
}
