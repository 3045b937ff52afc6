package io.stratus.server.dynamodb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A DynamoDB stand-in for protocol tests: parses like the engine, knows a few operations and
 * records what it was asked to run. {@code ListTables} answers {@code {"TableNames":[]}};
 * {@code PutItem} fails with a conditional check carrying an item; {@code Scan} throws a bug;
 * {@code UpdateItem} answers {@link #pendingCommit}, which the test completes as a group commit would.
 */
final class ScriptedDynamo implements DynamoService {

    static final byte[] LIST_TABLES = "{\"TableNames\":[]}".getBytes(StandardCharsets.UTF_8);

    private static final ObjectMapper JSON = new ObjectMapper();

    String lastOperation;
    JsonNode lastRequest;
    RequestContext lastContext;
    /** What {@code UpdateItem} answers asynchronously: pending until the test completes it. */
    final CompletableFuture<byte[]> pendingCommit = new CompletableFuture<>();

    @Override
    public JsonNode parseRequest(byte[] body) {
        try {
            JsonNode node = body.length == 0 ? null : JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw DynamoDbException.serialization(null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw DynamoDbException.serialization(null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public boolean supports(String operation) {
        return Set.of("ListTables", "PutItem", "Scan", "UpdateItem").contains(operation);
    }

    @Override
    public byte[] execute(String operation, JsonNode request, RequestContext context) {
        lastOperation = operation;
        lastRequest = request;
        lastContext = context;
        return executeAsync(operation, request, context).join();
    }

    @Override
    public CompletableFuture<byte[]> executeAsync(String operation, JsonNode request, RequestContext context) {
        lastOperation = operation;
        lastRequest = request;
        lastContext = context;
        return switch (operation) {
            case "UpdateItem" -> pendingCommit;
            case "ListTables" -> CompletableFuture.completedFuture(LIST_TABLES);
            case "PutItem" -> throw DynamoDbException.withMembers(ErrorCode.CONDITIONAL_CHECK_FAILED,
                    "The conditional request failed", Map.of("Item", Map.of("id", Map.of("S", "1"))));
            default -> throw new IllegalStateException("engine bug");
        };
    }
}
