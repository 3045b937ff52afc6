package io.stratus.examples.items.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns DynamoDB's {@code LastEvaluatedKey} into an opaque, URL-safe token and back, so that clients page with
 * {@code ?next=...} without learning the table's key schema (which may then change).
 *
 * <p>The token is base64url of {@code {"attr":{"S":"..."}}}; keys of this table are strings and numbers only.
 * It is not signed: a client that forges one can only start a listing at another key it could list anyway.
 */
public final class PageToken {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PageToken() {
    }

    /** The token for {@code lastEvaluatedKey}, or {@code null} when the listing is complete. */
    public static String encode(Map<String, AttributeValue> lastEvaluatedKey) {
        if (lastEvaluatedKey == null || lastEvaluatedKey.isEmpty()) {
            return null;
        }
        ObjectNode root = JSON.createObjectNode();
        lastEvaluatedKey.forEach((name, value) -> {
            if (value.s() != null) {
                root.putObject(name).put("S", value.s());
            } else if (value.n() != null) {
                root.putObject(name).put("N", value.n());
            } else {
                throw new IllegalStateException("key attribute " + name + " is neither a string nor a number");
            }
        });
        return Base64.getUrlEncoder().withoutPadding().encodeToString(root.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The {@code ExclusiveStartKey} for {@code token}, or {@code null} for the first page.
     *
     * @throws ItemsException 400 when the token was not made by {@link #encode}
     */
    public static Map<String, AttributeValue> decode(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        try {
            JsonNode root = JSON.readTree(Base64.getUrlDecoder().decode(token));
            if (root == null || !root.isObject() || root.isEmpty()) {
                throw invalid();
            }
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                if (value.path("S").isTextual()) {
                    key.put(field.getKey(), AttributeValue.fromS(value.get("S").asText()));
                } else if (value.path("N").isTextual()) {
                    key.put(field.getKey(), AttributeValue.fromN(value.get("N").asText()));
                } else {
                    throw invalid();
                }
            }
            return key;
        } catch (IllegalArgumentException | IOException e) {
            // not base64url, or not JSON
            throw invalid();
        }
    }

    private static ItemsException invalid() {
        return ItemsException.badRequest("next is not a token this API returned");
    }
}
