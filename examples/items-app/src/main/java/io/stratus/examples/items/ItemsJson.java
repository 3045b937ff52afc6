package io.stratus.examples.items;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stratus.examples.items.store.Item;
import io.stratus.examples.items.store.ItemInput;
import io.stratus.examples.items.store.ItemsException;
import io.stratus.examples.items.store.Page;
import io.stratus.examples.items.store.Profile;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The JSON both APIs speak: request bodies in, items, pages and errors out. */
public final class ItemsJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            // Prices are money: 19.99 must stay 19.99, not become the nearest double.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ItemsJson() {
    }

    /**
     * The request body as a JSON object; API Gateway hands binary bodies over base64-encoded.
     *
     * @throws ItemsException 400 when there is no body or it is not a JSON object
     */
    public static JsonNode body(String body, boolean base64Encoded) {
        if (body == null || body.isBlank()) {
            throw ItemsException.badRequest("a JSON body is required");
        }
        String text = base64Encoded ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8) : body;
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw ItemsException.badRequest("the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ItemsException.badRequest("the body is not valid JSON");
        }
    }

    /** The item fields of a body. */
    public static ItemInput input(JsonNode body) {
        JsonNode price = body.path("price");
        if (!price.isMissingNode() && !price.isNull() && !price.isNumber()) {
            throw ItemsException.badRequest("price must be a number");
        }
        return new ItemInput(text(body, "name"), price.isNumber() ? price.decimalValue() : null, text(body, "status"));
    }

    /** The {@code displayName} of a profile body: required, at most 100 characters. */
    public static String displayName(JsonNode body) {
        String name = text(body, "displayName");
        if (name == null || name.isBlank()) {
            throw ItemsException.badRequest("displayName is required");
        }
        if (name.length() > 100) {
            throw ItemsException.badRequest("displayName must be at most 100 characters");
        }
        return name.strip();
    }

    /** The {@code version} a body says the client last read; required for an update. */
    public static long version(JsonNode body) {
        JsonNode version = body.path("version");
        if (!version.canConvertToLong() || !version.isIntegralNumber()) {
            throw ItemsException.badRequest("version is required: the version of the item you last read");
        }
        return version.longValue();
    }

    /** {@code {"id":...,"name":...,...,"version":n}}. */
    public static String write(Item item) {
        return itemNode(item).toString();
    }

    /** {@code {"items":[...],"next":"..."}}, without {@code next} on the last page. */
    public static String write(Page page) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode items = root.putArray("items");
        page.items().forEach(item -> items.add(itemNode(item)));
        if (page.nextToken() != null) {
            root.put("next", page.nextToken());
        }
        return root.toString();
    }

    /** {@code {"userId":...,"displayName":...,"email":...,"updatedAt":...}}. */
    public static String write(Profile profile) {
        ObjectNode node = JSON.createObjectNode().put("userId", profile.userId()).put("displayName", profile.displayName());
        if (profile.email() != null) {
            node.put("email", profile.email());
        }
        return node.put("updatedAt", profile.updatedAt()).toString();
    }

    /** {@code {"message":...}}, the shape API Gateway's own errors have. */
    public static String error(String message) {
        return JSON.createObjectNode().put("message", message).toString();
    }

    private static ObjectNode itemNode(Item item) {
        ObjectNode node = JSON.createObjectNode()
                .put("category", item.category())
                .put("id", item.id())
                .put("name", item.name())
                .put("price", item.price())
                .put("status", item.status())
                .put("version", item.version())
                .put("createdAt", item.createdAt());
        return node;
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.path(field);
        if (!value.isMissingNode() && !value.isNull() && !value.isTextual()) {
            throw ItemsException.badRequest(field + " must be a string");
        }
        return value.isTextual() ? value.asText() : null;
    }
}
