package io.stratus.server.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.DynamoEngine;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.error.DynamoDbException;
import java.util.concurrent.CompletableFuture;

/**
 * What the DynamoDB protocol handler needs from the engine; {@link DynamoEngine} provides it via
 * {@link #of}, tests can provide a scripted one.
 */
public interface DynamoService {

    /** Parses a request body; empty, malformed or non-object bodies throw a {@code SerializationException}. */
    JsonNode parseRequest(byte[] body) throws DynamoDbException;

    /** Whether the operation name (the part of {@code X-Amz-Target} after the dot) exists. */
    boolean supports(String operation);

    /** Runs one operation and returns the response body. */
    byte[] execute(String operation, JsonNode request, RequestContext context) throws DynamoDbException;

    /**
     * Runs one operation and returns a future of the response body that completes once a write is
     * durable; request errors are thrown, a failed commit fails the future. By default {@link #execute}.
     */
    default CompletableFuture<byte[]> executeAsync(String operation, JsonNode request, RequestContext context)
            throws DynamoDbException {
        return CompletableFuture.completedFuture(execute(operation, request, context));
    }

    /** The engine as a service. */
    static DynamoService of(DynamoEngine engine) {
        return new DynamoService() {
            @Override
            public JsonNode parseRequest(byte[] body) {
                return engine.parseRequest(body);
            }

            @Override
            public boolean supports(String operation) {
                return engine.supports(operation);
            }

            @Override
            public byte[] execute(String operation, JsonNode request, RequestContext context) {
                return engine.execute(operation, request, context);
            }

            @Override
            public CompletableFuture<byte[]> executeAsync(String operation, JsonNode request, RequestContext context) {
                return engine.executeAsync(operation, request, context);
            }
        };
    }
}
