package io.stratus.gateway.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stratus.gateway.template.intrinsic.IntrinsicResolver;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A declarative description of resolved resource properties and how each maps onto an AWS API request:
 * the expected type (coercing the strings CloudFormation coerces), the API member name, and the members
 * that are accepted but not applied (each reported as a notice, never dropped silently).
 */
sealed interface PropertyShape {

    /** Converts {@code value}, found at {@code path}; {@code relative} is the path below Properties, for notices. */
    JsonNode convert(Object value, String path, String relative, Consumer<String> notApplied);

    /** A string; numbers and booleans are written as their text. */
    PropertyShape TEXT = new Scalar("String");
    /** An integer; strings of digits are accepted, as CloudFormation accepts them. */
    PropertyShape INTEGER = new Scalar("Integer");
    /** A boolean; the strings {@code true} and {@code false} are accepted. */
    PropertyShape BOOLEAN = new Scalar("Boolean");

    /** A list whose items all have shape {@code item}. */
    static PropertyShape listOf(PropertyShape item) {
        return new ListOf(item);
    }

    /** An object with free-form keys whose values all have shape {@code value}, such as a tag map. */
    static PropertyShape mapOf(PropertyShape value) {
        return new MapOf(value);
    }

    /** An object with the given members; see {@link ObjectShape.Builder}. */
    static ObjectShape.Builder object() {
        return new ObjectShape.Builder();
    }

    /** The JSON-schema type name CloudFormation's validation messages use for {@code value}. */
    static String typeName(Object value) {
        if (value instanceof Map) {
            return "JSONObject";
        }
        if (value instanceof List) {
            return "JSONArray";
        }
        if (value instanceof Boolean) {
            return "Boolean";
        }
        if (value instanceof Number) {
            return value instanceof BigDecimal ? "Number" : "Integer";
        }
        return "String";
    }

    /** A string, integer or boolean. */
    record Scalar(String type) implements PropertyShape {
        @Override
        public JsonNode convert(Object value, String path, String relative, Consumer<String> notApplied) {
            JsonNodeFactory json = JsonNodeFactory.instance;
            switch (type) {
                case "String" -> {
                    String text = IntrinsicResolver.text(value);
                    if (text != null) {
                        return json.textNode(text);
                    }
                }
                case "Integer" -> {
                    String text = IntrinsicResolver.text(value);
                    if (text != null && !(value instanceof Boolean)) {
                        try {
                            long number = new BigDecimal(text.trim()).longValueExact();
                            // An int node when it fits, as any JSON parser reading the request would produce.
                            return number == (int) number ? json.numberNode((int) number) : json.numberNode(number);
                        } catch (NumberFormatException | ArithmeticException e) {
                            // falls through to the type error below
                        }
                    }
                }
                default -> {
                    if (value instanceof Boolean b) {
                        return json.booleanNode(b);
                    }
                    if ("true".equalsIgnoreCase(String.valueOf(value)) || "false".equalsIgnoreCase(String.valueOf(value))) {
                        return json.booleanNode(Boolean.parseBoolean(String.valueOf(value)));
                    }
                }
            }
            throw TemplateException.at(path, "expected type: " + type + ", found: " + PropertyShape.typeName(value));
        }
    }

    /** A list of items of one shape. */
    record ListOf(PropertyShape item) implements PropertyShape {
        @Override
        public JsonNode convert(Object value, String path, String relative, Consumer<String> notApplied) {
            if (!(value instanceof List<?> list)) {
                throw TemplateException.at(path, "expected type: JSONArray, found: " + PropertyShape.typeName(value));
            }
            ArrayNode array = JsonNodeFactory.instance.arrayNode(list.size());
            for (int i = 0; i < list.size(); i++) {
                array.add(item.convert(list.get(i), path + "[" + i + "]", relative + "[" + i + "]", notApplied));
            }
            return array;
        }
    }

    /** An object with free-form keys. */
    record MapOf(PropertyShape value) implements PropertyShape {
        @Override
        public JsonNode convert(Object node, String path, String relative, Consumer<String> notApplied) {
            if (!(node instanceof Map<?, ?> map)) {
                throw TemplateException.at(path, "expected type: JSONObject, found: " + PropertyShape.typeName(node));
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                out.set(key, value.convert(e.getValue(), path + "." + key, relative + "." + key, notApplied));
            }
            return out;
        }
    }

    /** An object with known members; unknown members are rejected the way CloudFormation rejects them. */
    record ObjectShape(Map<String, Member> members, List<String> required) implements PropertyShape {

        /** One member: its API name and shape, or the reason it is not applied ({@code shape == null}). */
        record Member(String apiName, PropertyShape shape, String notAppliedReason) { }

        /** Builds an {@link ObjectShape} member by member, in API order. */
        static final class Builder {
            private final Map<String, Member> members = new LinkedHashMap<>();
            private List<String> required = List.of();

            /** A member with the same name in the template and the API. */
            Builder member(String name, PropertyShape shape) {
                return member(name, name, shape);
            }

            /** A member named {@code apiName} in the API request. */
            Builder member(String name, String apiName, PropertyShape shape) {
                members.put(name, new Member(apiName, shape, null));
                return this;
            }

            /** A member Stratus accepts but does not apply yet, for the stated reason. */
            Builder notApplied(String name, String reason) {
                members.put(name, new Member(null, null, reason));
                return this;
            }

            /** Members that must be present. */
            Builder required(String... names) {
                required = List.of(names);
                return this;
            }

            ObjectShape build() {
                return new ObjectShape(Map.copyOf(members), required);
            }
        }

        /** Converts a map member by member, in the template's order, after checking required members. */
        @Override
        public ObjectNode convert(Object value, String path, String relative, Consumer<String> notApplied) {
            if (!(value instanceof Map<?, ?> map)) {
                throw TemplateException.at(path, "expected type: JSONObject, found: " + PropertyShape.typeName(value));
            }
            for (String name : required) {
                if (!map.containsKey(name)) {
                    throw TemplateException.at(path, "required key [" + name + "] not found");
                }
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String name = String.valueOf(e.getKey());
                Member member = members.get(name);
                String childRelative = relative.isEmpty() ? name : relative + "." + name;
                if (member == null) {
                    throw TemplateException.at(path, "Encountered unsupported property " + name);
                }
                if (member.shape() == null) {
                    notApplied.accept(childRelative + " is not applied yet (" + member.notAppliedReason() + ")");
                    continue;
                }
                out.set(member.apiName(), member.shape().convert(e.getValue(), path + "." + name, childRelative,
                        notApplied));
            }
            return out;
        }
    }
}
