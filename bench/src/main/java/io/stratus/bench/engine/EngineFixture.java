package io.stratus.bench.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.bench.data.SampleItems;
import io.stratus.bench.data.SampleRequests;
import io.stratus.dynamo.DynamoEngine;
import io.stratus.dynamo.RequestContext;
import java.nio.charset.StandardCharsets;

/** An in-memory engine with the benchmark table, seeded before measuring, and the calls into it. */
final class EngineFixture implements AutoCloseable {

    /** The benchmark table's name. */
    static final String TABLE = "bench";
    /**
     * Distinct items the item benchmarks address: 16 MB of items, more than the caches of a laptop
     * CPU, so GetItem and UpdateItem do not measure a hot-cache best case.
     */
    static final int ITEMS = 16_384;
    /** One request context for every call: the engine only copies it into ARNs. */
    static final RequestContext CONTEXT = new RequestContext("us-east-1", "000000000000", "bench");

    private final DynamoEngine engine = DynamoEngine.inMemory();

    EngineFixture() {
        call("CreateTable", SampleItems.createTable(TABLE));
    }

    /** Puts {@link #ITEMS} items, item {@code n} under {@code (partitionKey(n), sortKey(0))}. */
    EngineFixture seedItems() {
        for (int n = 0; n < ITEMS; n++) {
            call("PutItem", SampleRequests.putItem(TABLE, SampleItems.partitionKey(n), SampleItems.sortKey(0)));
        }
        return this;
    }

    /** Puts {@code count} items into partition {@code pk}. */
    EngineFixture seedPartition(String pk, int count) {
        for (int first = 0; first < count; first += SampleRequests.BATCH_WRITE_LIMIT) {
            call("BatchWriteItem", SampleRequests.batchPut(TABLE, pk, first,
                    Math.min(SampleRequests.BATCH_WRITE_LIMIT, count - first)));
        }
        return this;
    }

    /** Parses {@code body} as the engine does for a request off the wire. */
    JsonNode parse(String body) {
        return engine.parseRequest(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Executes a parsed request: the measured call. */
    byte[] execute(String operation, JsonNode request) {
        return engine.execute(operation, request, CONTEXT);
    }

    /** Parses and executes {@code body}, returning the response as text (set-up and checks only). */
    String call(String operation, String body) {
        return new String(execute(operation, parse(body)), StandardCharsets.UTF_8);
    }

    /** Fails the set-up when a check on the seeded data does not hold: a wrong fixture measures nothing. */
    static void require(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("benchmark fixture broken: " + what);
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
