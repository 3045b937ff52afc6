package io.stratus.dynamo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratus.dynamo.catalog.Catalog;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.error.ErrorCode;
import io.stratus.dynamo.ops.Operation;
import io.stratus.dynamo.ops.OperationRegistry;
import io.stratus.dynamo.shape.ShapeChecker;
import io.stratus.dynamo.storage.MvStorage;
import io.stratus.dynamo.storage.Storage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The DynamoDB engine: executes DynamoDB JSON-protocol operations against its storage.
 *
 * <p>The server calls, in AWS's checking order: {@link #parseRequest} (malformed JSON is a
 * {@code SerializationException}), {@link #supports} (else {@code UnknownOperationException}),
 * its own authentication checks, then {@link #execute} or {@link #executeAsync}. Thread-safe; no
 * global lock on the data path.
 */
public final class DynamoEngine implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            // characters outside the BMP go out as their UTF-8 bytes, not as escaped surrogate pairs:
            // the same bytes whether a string is written from a String or from a stored item's UTF-8
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build())
            // numbers keep their exact text (capacity units, Limit) instead of going through double
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private final Storage storage;
    private final OperationRegistry operations;

    private DynamoEngine(Storage storage, Clock clock) {
        this.storage = storage;
        this.operations = new OperationRegistry(new Catalog(storage), clock);
    }

    /** An engine whose tables live in memory only. */
    public static DynamoEngine inMemory() {
        return new DynamoEngine(MvStorage.inMemory(), Clock.systemUTC());
    }

    /** An engine whose tables live in files under {@code dataDir} (created if absent) and survive a restart. */
    public static DynamoEngine open(Path dataDir) {
        return new DynamoEngine(MvStorage.open(dataDir), Clock.systemUTC());
    }

    /** Parses a request body; an empty, malformed or non-object body is a {@code SerializationException}. */
    public JsonNode parseRequest(byte[] body) throws DynamoDbException {
        if (body == null || body.length == 0) {
            throw DynamoDbException.serialization(null);
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (IOException e) {
            // AWS answers malformed JSON with a bare SerializationException, no message
            throw DynamoDbException.serialization(null);
        }
        if (node == null || !node.isObject()) {
            throw DynamoDbException.serialization(null);
        }
        return node;
    }

    /** Whether {@code operation} (the part of {@code X-Amz-Target} after the dot) is implemented. */
    public boolean supports(String operation) {
        return operation != null && operations.find(operation) != null;
    }

    /**
     * Executes one operation and returns the JSON response body once a write is durable, holding the
     * calling thread meanwhile.
     */
    public byte[] execute(String operation, JsonNode request, RequestContext context) throws DynamoDbException {
        Operation op = find(operation);
        byte[] response = run(op, request, context);
        if (op.writes()) {
            // acknowledged means durable: the answer leaves only once a commit covers the write
            storage.awaitDurable();
        }
        return response;
    }

    /**
     * Executes one operation in the calling thread and returns a future of the JSON response body
     * that completes once a commit covers the write (at once for reads and in memory), so the caller
     * need not hold a thread while the commit runs. Request and state errors are thrown before it
     * returns; the future fails only with what a failed commit threw.
     */
    public CompletableFuture<byte[]> executeAsync(String operation, JsonNode request, RequestContext context)
            throws DynamoDbException {
        Operation op = find(operation);
        byte[] response = run(op, request, context);
        if (!op.writes()) {
            return CompletableFuture.completedFuture(response);
        }
        // acknowledged means durable: the answer leaves only once a commit covers the write
        return storage.durable().thenApply(durable -> response);
    }

    private Operation find(String operation) {
        Operation op = operations.find(operation);
        if (op == null) {
            throw DynamoDbException.of(ErrorCode.UNKNOWN_OPERATION, null);
        }
        return op;
    }

    /** Checks the request's shape and runs the operation, returning its response body. */
    private static byte[] run(Operation op, JsonNode request, RequestContext context) {
        ShapeChecker.check(op.shape(), request);
        ResponseBuffer bytes = ResponseBuffer.acquire();
        try {
            try (JsonGenerator out = FACTORY.createGenerator(bytes)) {
                op.execute(request, context, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        } finally {
            bytes.release();
        }
    }

    /**
     * Deletes every item of {@code tableName} with its index entries, keeping the table's key
     * schema, indexes and settings ({@code ItemCount} and sizes become 0). Writers running meanwhile
     * either finish before (and are emptied) or start after (and are kept). A test fixture's reset:
     * DynamoDB has no such operation.
     *
     * @throws DynamoDbException {@code ResourceNotFoundException} when there is no such table
     */
    public void clearItems(String tableName) {
        operations.catalog().clearItems(tableName);
        storage.awaitDurable();
    }

    /** {@link #clearItems} for every table; a table deleted meanwhile is skipped. */
    public void clearAllItems() {
        for (String name : tableNames()) {
            try {
                operations.catalog().clearItems(name);
            } catch (DynamoDbException e) {
                if (e.code() != ErrorCode.RESOURCE_NOT_FOUND) {
                    throw e;
                }
            }
        }
        storage.awaitDurable();
    }

    /** The names of all tables, in DynamoDB's (ascending) order. */
    public List<String> tableNames() {
        return operations.catalog().names();
    }

    @Override
    public void close() {
        storage.close();
    }
}
