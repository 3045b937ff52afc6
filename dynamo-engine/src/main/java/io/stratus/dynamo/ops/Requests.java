package io.stratus.dynamo.ops;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads members of a shape-checked request, treating JSON {@code null} as absent. */
final class Requests {

    private Requests() {
    }

    static JsonNode member(JsonNode node, String name) {
        JsonNode v = node == null ? null : node.get(name);
        return v == null || v.isNull() ? null : v;
    }

    static boolean has(JsonNode node, String name) {
        return member(node, name) != null;
    }

    static String text(JsonNode node, String name) {
        JsonNode v = member(node, name);
        return v == null ? null : v.textValue();
    }

    static Boolean bool(JsonNode node, String name) {
        JsonNode v = member(node, name);
        return v == null ? null : v.booleanValue();
    }

    static Long integral(JsonNode node, String name) {
        JsonNode v = member(node, name);
        if (v == null) {
            return null;
        }
        return v.isIntegralNumber() ? v.longValue() : (long) Math.floor(v.doubleValue());
    }

    static List<String> strings(JsonNode node, String name) {
        JsonNode v = member(node, name);
        if (v == null) {
            return null;
        }
        List<String> list = new ArrayList<>(v.size());
        for (JsonNode e : v) {
            list.add(e.isNull() ? null : e.textValue());
        }
        return list;
    }
}
