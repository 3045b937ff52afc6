package io.stratus.junit5;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Empties tables through DynamoDB's own wire API: a consistent Scan of the key attributes, then
 * BatchWriteItem deletes. The engine has no "truncate"; this keeps the extension on the public protocol and
 * independent of the application's AWS SDK (it uses the JDK's HTTP client and Stratus's relocated Jackson).
 */
final class TableReset {
    /** BatchWriteItem's limit of write requests per call (DynamoDB API reference, BatchWriteItem). */
    private static final int BATCH_WRITE_LIMIT = 25;
    private static final String TARGET_PREFIX = "DynamoDB_20120810.";
    /** Enough for any test table; a reset slower than this is a hung server. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI endpoint;
    private final String authorization;
    private final ObjectMapper json = new ObjectMapper();
    private volatile HttpClient http;

    TableReset(URI endpoint, String region) {
        this.endpoint = endpoint;
        // Stratus requires a well-formed SigV4 header but does not verify the signature.
        this.authorization = "AWS4-HMAC-SHA256 Credential=stratus/20240101/" + region
                + "/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=0";
    }

    /** Deletes every item of each of {@code tables}. */
    void run(List<String> tables) {
        for (String table : tables) {
            empty(table);
        }
    }

    private void empty(String table) {
        List<String> keyAttributes = new ArrayList<>();
        for (JsonNode key : call("DescribeTable", json.createObjectNode().put("TableName", table))
                .path("Table").path("KeySchema")) {
            keyAttributes.add(key.path("AttributeName").asText());
        }
        List<JsonNode> keys = scanKeys(table, keyAttributes);
        for (int from = 0; from < keys.size(); from += BATCH_WRITE_LIMIT) {
            delete(table, keys.subList(from, Math.min(from + BATCH_WRITE_LIMIT, keys.size())));
        }
    }

    /** All keys first, then deletes: deleting while paging a Scan would move its cursor under it. */
    private List<JsonNode> scanKeys(String table, List<String> keyAttributes) {
        ObjectNode scan = json.createObjectNode().put("TableName", table).put("ConsistentRead", true);
        ObjectNode names = scan.putObject("ExpressionAttributeNames");
        StringBuilder projection = new StringBuilder();
        for (int i = 0; i < keyAttributes.size(); i++) {
            names.put("#k" + i, keyAttributes.get(i));
            projection.append(i == 0 ? "" : ", ").append("#k").append(i);
        }
        scan.put("ProjectionExpression", projection.toString());
        List<JsonNode> keys = new ArrayList<>();
        while (true) {
            JsonNode page = call("Scan", scan);
            page.path("Items").forEach(keys::add);
            JsonNode last = page.get("LastEvaluatedKey");
            if (last == null || last.isEmpty()) {
                return keys;
            }
            scan.set("ExclusiveStartKey", last);
        }
    }

    private void delete(String table, List<JsonNode> keys) {
        ArrayNode requests = json.createArrayNode();
        for (JsonNode key : keys) {
            requests.addObject().putObject("DeleteRequest").set("Key", key);
        }
        ObjectNode batch = json.createObjectNode();
        batch.putObject("RequestItems").set(table, requests);
        while (true) {
            JsonNode unprocessed = call("BatchWriteItem", batch).path("UnprocessedItems");
            if (unprocessed.isEmpty()) {
                return;
            }
            batch.set("RequestItems", unprocessed);
        }
    }

    private JsonNode call(String operation, ObjectNode body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", TARGET_PREFIX + operation)
                .header("X-Amz-Date", "20240101T000000Z")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Resetting tables: " + operation + " on " + endpoint + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while resetting tables", e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Resetting tables: " + operation + " answered " + response.statusCode()
                    + " " + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Resetting tables: " + operation + " answered malformed JSON", e);
        }
    }

    private byte[] bytes(ObjectNode body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Created on first reset: instances that never reset spend no thread on it. */
    private HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                client = http;
                if (client == null) {
                    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    http = client;
                }
            }
        }
        return client;
    }
}
