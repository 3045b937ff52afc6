package io.stratus.dynamo.shape;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.json.AttributeValueJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a request against its {@link Shape} the way AWS's front end does: first every wire
 * type (the first mismatch is a {@code SerializationException}), then every constraint, all
 * failures reported together as {@code "N validation errors detected: ..."}.
 *
 * <p>Members are named in messages in lower camel case with list elements as
 * {@code keySchema.1.member.keyType}, as AWS's validator does. Like AWS, at most ten
 * failures are reported.
 */
public final class ShapeChecker {

    /** Most constraint failures AWS lists in one message. */
    static final int MAX_REPORTED_ERRORS = 10;

    private ShapeChecker() {
    }

    /** Checks {@code request} (a JSON object) against the structure shape {@code shape}. */
    public static void check(Shape shape, JsonNode request) {
        checkMembersTypes(shape, request);
        List<String> errors = new ArrayList<>(0);
        validateMembers(shape, request, null, errors);
        if (!errors.isEmpty()) {
            throw DynamoDbException.validation(errors.size() + " validation error" + (errors.size() > 1 ? "s" : "")
                    + " detected: " + String.join("; ", errors));
        }
    }

    private static void checkMembersTypes(Shape structure, JsonNode node) {
        String[] names = structure.memberNameArray();
        Shape[] shapes = structure.memberShapeArray();
        for (int i = 0; i < names.length; i++) {
            JsonNode value = node.get(names[i]);
            if (value != null && !value.isNull()) {
                checkType(shapes[i], value, false);
            }
        }
    }

    private static void checkType(Shape shape, JsonNode value, boolean asValue) {
        switch (shape.kind()) {
            case STRING -> WireTypes.string(value);
            case BOOLEAN -> WireTypes.bool(value);
            case INTEGER -> WireTypes.integral(value, "Integer");
            case LONG -> WireTypes.integral(value, "Long");
            case LIST -> {
                WireTypes.list(value);
                for (JsonNode e : value) {
                    if (!e.isNull()) {
                        checkType(shape.element(), e, true);
                    }
                }
            }
            case STRING_MAP -> {
                WireTypes.map(value, "java.lang.String");
                for (Iterator<JsonNode> it = value.elements(); it.hasNext(); ) {
                    JsonNode e = it.next();
                    if (!e.isNull()) {
                        WireTypes.string(e);
                    }
                }
            }
            case MAP -> {
                WireTypes.map(value, shape.modelName());
                for (Iterator<JsonNode> it = value.elements(); it.hasNext(); ) {
                    JsonNode e = it.next();
                    if (!e.isNull()) {
                        checkType(shape.element(), e, true);
                    }
                }
            }
            case STRUCTURE -> {
                WireTypes.structure(value, shape.modelName(), asValue);
                checkMembersTypes(shape, value);
            }
            case ATTRIBUTE_VALUE -> AttributeValueJson.checkWireTypes(value);
            case ATTRIBUTE_MAP -> AttributeValueJson.checkMapWireTypes(value);
            default -> throw new IllegalStateException("unhandled kind " + shape.kind());
        }
    }

    private static void validateMembers(Shape structure, JsonNode node, Path parent, List<String> errors) {
        String[] names = structure.memberNameArray();
        Shape[] shapes = structure.memberShapeArray();
        for (int i = 0; i < names.length; i++) {
            JsonNode value = node.get(names[i]);
            validate(shapes[i], value == null || value.isNull() ? null : value, parent, names[i], Path.MEMBER, errors);
        }
    }

    /**
     * Checks one value; its path is {@code parent} plus one step ({@code name} and {@code index} as
     * in {@link Path}), built only when a message needs it or the value has children to check.
     */
    private static void validate(Shape shape, JsonNode value, Path parent, String name, int index,
                                 List<String> errors) {
        for (Constraint c : shape.constraintArray()) {
            if (errors.size() >= MAX_REPORTED_ERRORS) {
                return;
            }
            if (value == null && !c.appliesToNull()) {
                continue;
            }
            if (!c.test(value)) {
                errors.add("Value " + render(value) + " at '" + new Path(parent, name, index)
                        + "' failed to satisfy constraint: " + c.message());
            }
        }
        if (value == null) {
            return;
        }
        if (shape.kind() == Shape.Kind.STRUCTURE) {
            validateMembers(shape, value, new Path(parent, name, index), errors);
        } else if (shape.kind() == Shape.Kind.LIST) {
            Path path = new Path(parent, name, index);
            int i = 1;
            for (JsonNode e : value) {
                validate(shape.element(), e.isNull() ? null : e, path, null, i, errors);
                i++;
            }
        } else if (shape.kind() == Shape.Kind.MAP) {
            Path path = new Path(parent, name, index);
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                validate(shape.element(), v.isNull() ? null : v, path, e.getKey(), Path.MAP_ENTRY, errors);
            }
        }
    }

    /**
     * Where a value sits in the request, as AWS's validator names it: structure members in lower
     * camel case joined by dots, list elements as {@code list.1.member}, map values as
     * {@code map.key.member}. Rendered by {@link #toString()} only for a failure.
     *
     * @param parent the enclosing value's path, {@code null} at the top
     * @param name a member name ({@code index} {@link #MEMBER}) or map key ({@link #MAP_ENTRY})
     * @param index the 1-based position of a list element, or one of the two markers
     */
    private record Path(Path parent, String name, int index) {
        static final int MEMBER = 0;
        static final int MAP_ENTRY = -1;

        @Override
        public String toString() {
            String step = index == MEMBER ? lowerFirst(name)
                    : index == MAP_ENTRY ? name + ".member" : index + ".member";
            return parent == null ? step : parent + "." + step;
        }
    }

    /** AWS's rendering of a value in a validation message: quoted text, or {@code null}. */
    static String render(JsonNode value) {
        return value == null ? "null" : "'" + plain(value) + "'";
    }

    private static String plain(JsonNode value) {
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode e : value) {
                parts.add(e.isNull() ? "null" : plain(e));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        if (value.isObject()) {
            return value.toString();
        }
        return value.asText();
    }

    static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
