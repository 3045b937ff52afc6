package io.stratus.dynamo.shape;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.error.DynamoDbException;
import java.util.Base64;

/**
 * Checks that a JSON value has the wire type a member expects, failing with the
 * {@code SerializationException} text DynamoDB's (Coral) JSON deserializer produces.
 *
 * <p>The texts were recorded from DynamoDB by dynalite's test helpers ({@code assertType}).
 */
public final class WireTypes {

    /** The package of DynamoDB's model classes, as it appears in deserializer messages. */
    static final String MODEL_PACKAGE = "com.amazonaws.dynamodb.v20120810.";

    private WireTypes() {
    }

    /** Checks a string member. */
    public static String string(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        throw scalarMismatch(node, "String", "class java.lang.String");
    }

    /** Checks a boolean member. */
    public static boolean bool(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual()) {
            throw DynamoDbException.serialization("Unexpected token received from parser");
        }
        throw scalarMismatch(node, "Boolean", "class java.lang.Boolean");
    }

    /** Checks an integral member ({@code Long} or {@code Integer} in AWS's model); fractions are truncated. */
    public static long integral(JsonNode node, String javaType) {
        if (node.isNumber()) {
            return node.isIntegralNumber() ? node.longValue() : (long) Math.floor(node.doubleValue());
        }
        if (node.isTextual()) {
            throw DynamoDbException.serialization("STRING_VALUE cannot be converted to " + javaType);
        }
        throw scalarMismatch(node, javaType, "class java.lang." + javaType);
    }

    /** Checks a blob member and decodes its base64 text. */
    public static byte[] blob(JsonNode node) {
        if (node.isTextual()) {
            return base64(node.textValue());
        }
        if (node.isArray()) {
            throw DynamoDbException.serialization("Unrecognized collection type class java.nio.ByteBuffer");
        }
        if (node.isObject()) {
            throw structureNotExpected();
        }
        throw DynamoDbException.serialization("only base-64-encoded strings are convertible to bytes");
    }

    /** Checks a list member. */
    public static void list(JsonNode node) {
        if (node.isArray()) {
            return;
        }
        if (node.isObject()) {
            throw structureNotExpected();
        }
        throw DynamoDbException.serialization("Unexpected field type");
    }

    /** Checks a map member whose values have the given Java type name (e.g. {@code java.lang.String}). */
    public static void map(JsonNode node, String valueJavaType) {
        if (node.isObject()) {
            return;
        }
        if (node.isArray()) {
            throw DynamoDbException.serialization(
                    "Unrecognized collection type java.util.Map<java.lang.String, " + valueJavaType + ">");
        }
        throw DynamoDbException.serialization("Unexpected field type");
    }

    /**
     * Checks a structure; {@code asValue} is true for list elements and map values, whose
     * scalar mismatch AWS reports differently from a structure-typed member.
     */
    public static void structure(JsonNode node, String modelName, boolean asValue) {
        if (node.isObject()) {
            return;
        }
        if (node.isArray()) {
            throw DynamoDbException.serialization("Unrecognized collection type class " + MODEL_PACKAGE + modelName);
        }
        throw DynamoDbException.serialization(asValue ? "Unexpected value type in payload" : "Unexpected field type");
    }

    private static DynamoDbException scalarMismatch(JsonNode node, String target, String collectionClass) {
        if (node.isBoolean()) {
            return DynamoDbException.serialization(
                    (node.booleanValue() ? "TRUE_VALUE" : "FALSE_VALUE") + " cannot be converted to " + target);
        }
        if (node.isNumber()) {
            return DynamoDbException.serialization(
                    (node.isIntegralNumber() ? "NUMBER_VALUE" : "DECIMAL_VALUE") + " cannot be converted to " + target);
        }
        if (node.isArray()) {
            return DynamoDbException.serialization("Unrecognized collection type " + collectionClass);
        }
        if (node.isObject()) {
            return structureNotExpected();
        }
        return DynamoDbException.serialization("Unexpected field type");
    }

    private static DynamoDbException structureNotExpected() {
        return DynamoDbException.serialization("Start of structure or map found where not expected");
    }

    private static byte[] base64(String text) {
        if (text.length() % 4 != 0) {
            throw DynamoDbException.serialization(
                    "Base64 encoded length is expected a multiple of 4 bytes but found: " + text.length());
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '+' || c == '/';
            boolean padding = c == '=' && i >= text.length() - 2;
            if (!alphabet && !padding) {
                throw DynamoDbException.serialization("Invalid Base64 character: '" + c + "'");
            }
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw lastCharacter();
        }
        // Coral rejects encodings whose unused trailing bits are set (non-canonical base64)
        if (!Base64.getEncoder().encodeToString(decoded).equals(text)) {
            throw lastCharacter();
        }
        return decoded;
    }

    private static DynamoDbException lastCharacter() {
        // "dectected" is AWS's spelling
        return DynamoDbException.serialization("Invalid last non-pad Base64 character dectected");
    }
}
