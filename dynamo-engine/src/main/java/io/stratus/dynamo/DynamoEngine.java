package io.stratus.dynamo;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.error.DynamoDbException;
import java.nio.file.Path;
import java.util.List;

/**
 * The DynamoDB engine: executes DynamoDB JSON-protocol operations against its storage.
 *
 * <p>The server calls, in AWS's checking order: {@link #parseRequest} (malformed JSON is a
 * {@code SerializationException}), {@link #supports} (else {@code UnknownOperationException}),
 * its own authentication checks, then {@link #execute}. Thread-safe; no global lock on the data
 * path.
 */
public final class DynamoEngine implements AutoCloseable {

    private DynamoEngine() {
        // TODO(engine helper): real fields
    }

    /** An engine whose tables live in memory only. */
    public static DynamoEngine inMemory() {
        throw new UnsupportedOperationException("engine under construction");
    }

    /** An engine whose tables live in files under {@code dataDir} (created if absent) and survive a restart. */
    public static DynamoEngine open(Path dataDir) {
        throw new UnsupportedOperationException("engine under construction");
    }

    /** Parses a request body; an empty, malformed or non-object body is a {@code SerializationException}. */
    public JsonNode parseRequest(byte[] body) throws DynamoDbException {
        throw new UnsupportedOperationException("engine under construction");
    }

    /** Whether {@code operation} (the part of {@code X-Amz-Target} after the dot) is a known DynamoDB operation. */
    public boolean supports(String operation) {
        throw new UnsupportedOperationException("engine under construction");
    }

    /** Executes one operation and returns the JSON response body. */
    public byte[] execute(String operation, JsonNode request, RequestContext context) throws DynamoDbException {
        throw new UnsupportedOperationException("engine under construction");
    }

    /** The names of all tables, in DynamoDB's (ascending) order. */
    public List<String> tableNames() {
        throw new UnsupportedOperationException("engine under construction");
    }

    @Override
    public void close() {
    }
}
