package io.stratus.dynamo.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.model.AttributeValue;
import io.stratus.dynamo.number.DynamoNumber;
import io.stratus.dynamo.shape.WireTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts between DynamoDB JSON ({@code {"S":"x"}}) and {@link AttributeValue}, with DynamoDB's
 * checks and messages.
 *
 * <p>Checking happens in two passes because AWS reports every wire-type problem of a request
 * (a {@code SerializationException}) before any constraint problem: {@link #checkWireTypes}
 * runs during shape checking, {@link #decode} afterwards. Unknown type descriptors are ignored
 * by AWS's deserializer, so {@code {"X":"a"}} counts as an empty attribute value.
 */
public final class AttributeValueJson {

    /** Deepest nesting of maps and lists DynamoDB accepts (developer guide, "Nested attribute depth"). */
    public static final int MAX_NESTING_DEPTH = 32;

    private static final String ATTRIBUTE_VALUE_CLASS = "com.amazonaws.dynamodb.v20120810.AttributeValue";
    private static final String INVALID = "One or more parameter values were invalid: ";

    private AttributeValueJson() {
    }

    /** Checks the wire types of a map of attribute values (an {@code Item} or {@code Key}). */
    public static void checkMapWireTypes(JsonNode map) {
        WireTypes.map(map, ATTRIBUTE_VALUE_CLASS);
        for (Iterator<JsonNode> it = map.elements(); it.hasNext(); ) {
            JsonNode value = it.next();
            if (!value.isNull()) {
                checkWireTypes(value);
            }
        }
    }

    /** Checks the wire types of one attribute value, recursively. */
    public static void checkWireTypes(JsonNode value) {
        WireTypes.structure(value, "AttributeValue", true);
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            JsonNode v = member.getValue();
            if (v.isNull()) {
                continue;
            }
            switch (member.getKey()) {
                case "S", "N" -> WireTypes.string(v);
                case "B" -> WireTypes.blob(v);
                case "BOOL", "NULL" -> WireTypes.bool(v);
                case "SS", "NS" -> {
                    WireTypes.list(v);
                    for (JsonNode e : v) {
                        if (!e.isNull()) {
                            WireTypes.string(e);
                        }
                    }
                }
                case "BS" -> {
                    WireTypes.list(v);
                    for (JsonNode e : v) {
                        if (!e.isNull()) {
                            WireTypes.blob(e);
                        }
                    }
                }
                case "L" -> {
                    WireTypes.list(v);
                    for (JsonNode e : v) {
                        if (!e.isNull()) {
                            checkWireTypes(e);
                        }
                    }
                }
                case "M" -> checkMapWireTypes(v);
                default -> {
                    // unknown descriptors are dropped by AWS's deserializer
                }
            }
        }
    }

    /** Decodes a wire-checked map of attribute values, validating each value. */
    public static Map<String, AttributeValue> decodeMap(JsonNode map) {
        Map<String, AttributeValue> result = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNull()) {
                result.put(e.getKey(), decode(e.getValue(), 0));
            }
        }
        return result;
    }

    /** Decodes one wire-checked attribute value, validating it as DynamoDB does. */
    public static AttributeValue decode(JsonNode value) {
        return decode(value, 0);
    }

    private static AttributeValue decode(JsonNode value, int depth) {
        AttributeValue result = null;
        int descriptors = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            JsonNode v = member.getValue();
            AttributeValue.Type type = AttributeValue.Type.fromDescriptor(member.getKey());
            if (type == null || v.isNull()) {
                continue;
            }
            descriptors++;
            result = decodeTyped(type, v, depth);
        }
        if (descriptors == 0) {
            throw DynamoDbException.validation(
                    "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
        if (descriptors > 1) {
            throw DynamoDbException.validation("Supplied AttributeValue has more than one datatypes set, "
                    + "must contain exactly one of the supported datatypes");
        }
        return result;
    }

    private static AttributeValue decodeTyped(AttributeValue.Type type, JsonNode v, int depth) {
        switch (type) {
            case S:
                return new AttributeValue.S(v.textValue());
            case N:
                return new AttributeValue.N(DynamoNumber.normalize(v.textValue()));
            case B:
                return new AttributeValue.B(WireTypes.blob(v));
            case BOOL:
                return AttributeValue.Bool.of(v.booleanValue());
            case NULL:
                if (!v.booleanValue()) {
                    throw DynamoDbException.validation(INVALID + "Null attribute value types must have the value of true");
                }
                return AttributeValue.Null.INSTANCE;
            case SS:
                return decodeStringSet(v);
            case NS:
                return decodeNumberSet(v);
            case BS:
                return decodeBinarySet(v);
            case L:
                checkDepth(depth + 1);
                List<AttributeValue> list = AttributeValue.L.ownedList(v.size());
                for (JsonNode e : v) {
                    if (e.isNull()) {
                        throw emptyValue();
                    }
                    list.add(decode(e, depth + 1));
                }
                return new AttributeValue.L(list);
            case M:
                checkDepth(depth + 1);
                Map<String, AttributeValue> map = AttributeValue.M.ownedMap(v.size());
                for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (e.getValue().isNull()) {
                        throw emptyValue();
                    }
                    map.put(e.getKey(), decode(e.getValue(), depth + 1));
                }
                return new AttributeValue.M(map);
            default:
                throw new IllegalStateException("unhandled type " + type);
        }
    }

    /**
     * {@code depth} counts the maps and lists enclosing a value; the top-level attribute is level
     * one, so a value inside 32 nested containers sits at level 33 and is rejected.
     */
    private static void checkDepth(int depth) {
        if (depth >= MAX_NESTING_DEPTH) {
            throw DynamoDbException.validation("1 validation error detected: Nesting Levels have exceeded supported "
                    + "limits: Attributes in the item have nested levels beyond supported limit");
        }
    }

    private static DynamoDbException emptyValue() {
        return DynamoDbException.validation(
                "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
    }

    private static AttributeValue decodeStringSet(JsonNode v) {
        if (v.isEmpty()) {
            // AWS's text really has "An string" and two spaces
            throw DynamoDbException.validation(INVALID + "An string set  may not be empty");
        }
        Set<String> set = AttributeValue.SS.ownedSet(v.size());
        for (JsonNode e : v) {
            if (!set.add(e.textValue())) {
                List<String> all = new ArrayList<>(v.size());
                for (JsonNode member : v) {
                    all.add(member.textValue());
                }
                throw DynamoDbException.validation(INVALID + "Input collection " + render(all) + " contains duplicates.");
            }
        }
        return new AttributeValue.SS(set);
    }

    private static AttributeValue decodeNumberSet(JsonNode v) {
        if (v.isEmpty()) {
            throw DynamoDbException.validation(INVALID + "An number set  may not be empty");
        }
        Set<String> set = AttributeValue.SS.ownedSet(v.size());
        Set<BigDecimal> seen = new HashSet<>();
        boolean duplicate = false;
        for (JsonNode e : v) {
            BigDecimal n = DynamoNumber.parse(e.textValue());
            duplicate |= !seen.add(n);
            set.add(DynamoNumber.canonical(n));
        }
        if (duplicate) {
            // unlike SS and BS, AWS neither prefixes this message nor lists the members
            throw DynamoDbException.validation("Input collection contains duplicates");
        }
        return new AttributeValue.NS(set);
    }

    private static AttributeValue decodeBinarySet(JsonNode v) {
        if (v.isEmpty()) {
            throw DynamoDbException.validation(INVALID + "Binary sets should not be empty");
        }
        List<byte[]> values = new ArrayList<>(v.size());
        Set<String> seen = new HashSet<>();
        List<String> texts = new ArrayList<>(v.size());
        boolean duplicate = false;
        for (JsonNode e : v) {
            byte[] bytes = WireTypes.blob(e);
            texts.add(e.textValue());
            // canonical base64 is one-to-one with the bytes, so text equality is byte equality
            duplicate |= !seen.add(e.textValue());
            values.add(bytes);
        }
        if (duplicate) {
            // "]of type" without a space is AWS's text
            throw DynamoDbException.validation(INVALID + "Input collection " + render(texts) + "of type BS contains duplicates.");
        }
        return new AttributeValue.BS(values);
    }

    private static String render(List<String> values) {
        return "[" + String.join(", ", values) + "]";
    }

    /**
     * An item as plain JSON-able objects in DynamoDB JSON form ({@code {"pk": {"S": "a"}}}), for
     * error bodies that carry an item ({@code DynamoDbException#extraMembers}).
     */
    public static Map<String, Object> toPlain(Map<String, AttributeValue> item) {
        Map<String, Object> plain = new LinkedHashMap<>();
        item.forEach((name, value) -> plain.put(name, plainValue(value)));
        return plain;
    }

    private static Map<String, Object> plainValue(AttributeValue value) {
        Object inner = switch (value.type()) {
            case S -> ((AttributeValue.S) value).value();
            case N -> ((AttributeValue.N) value).value();
            case B -> Base64.getEncoder().encodeToString(((AttributeValue.B) value).value());
            case BOOL -> ((AttributeValue.Bool) value).value();
            case NULL -> Boolean.TRUE;
            case M -> toPlain(((AttributeValue.M) value).value());
            case L -> ((AttributeValue.L) value).value().stream().map(AttributeValueJson::plainValue).toList();
            case SS -> List.copyOf(((AttributeValue.SS) value).value());
            case NS -> List.copyOf(((AttributeValue.NS) value).value());
            case BS -> ((AttributeValue.BS) value).value().stream().map(b -> Base64.getEncoder().encodeToString(b)).toList();
        };
        return Map.of(value.type().descriptor(), inner);
    }

    /** Writes one attribute value as DynamoDB JSON. */
    public static void write(JsonGenerator g, AttributeValue value) {
        try {
            writeValue(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a map of attribute values (an item or key) as a JSON object. */
    public static void writeMap(JsonGenerator g, Map<String, AttributeValue> item) {
        try {
            writeObject(g, item);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeObject(JsonGenerator g, Map<String, AttributeValue> item) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            g.writeFieldName(e.getKey());
            writeValue(g, e.getValue());
        }
        g.writeEndObject();
    }

    private static void writeValue(JsonGenerator g, AttributeValue value) throws IOException {
        g.writeStartObject();
        g.writeFieldName(value.type().descriptor());
        switch (value.type()) {
            case S -> g.writeString(((AttributeValue.S) value).value());
            case N -> g.writeString(((AttributeValue.N) value).value());
            case B -> g.writeString(Base64.getEncoder().encodeToString(((AttributeValue.B) value).value()));
            case BOOL -> g.writeBoolean(((AttributeValue.Bool) value).value());
            case NULL -> g.writeBoolean(true);
            case M -> writeObject(g, ((AttributeValue.M) value).value());
            case L -> {
                g.writeStartArray();
                for (AttributeValue e : ((AttributeValue.L) value).value()) {
                    writeValue(g, e);
                }
                g.writeEndArray();
            }
            case SS -> writeStrings(g, ((AttributeValue.SS) value).value());
            case NS -> writeStrings(g, ((AttributeValue.NS) value).value());
            case BS -> {
                g.writeStartArray();
                for (byte[] b : ((AttributeValue.BS) value).value()) {
                    g.writeString(Base64.getEncoder().encodeToString(b));
                }
                g.writeEndArray();
            }
            default -> throw new IllegalStateException("unhandled type " + value.type());
        }
        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, Set<String> values) throws IOException {
        g.writeStartArray();
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }
}
