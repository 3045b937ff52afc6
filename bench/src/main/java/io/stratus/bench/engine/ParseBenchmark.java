package io.stratus.bench.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.bench.data.SampleItems;
import io.stratus.bench.data.SampleRequests;
import io.stratus.dynamo.DynamoEngine;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@link DynamoEngine#parseRequest} alone, on the bodies the other benchmarks execute: what a
 * request costs before any operation runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {

    private DynamoEngine engine;
    private byte[] putItem;
    private byte[] getItem;
    private byte[] updateItem;

    @Setup(Level.Trial)
    public void setUp() {
        engine = DynamoEngine.inMemory();
        String pk = SampleItems.partitionKey(42);
        String sk = SampleItems.sortKey(0);
        putItem = SampleRequests.putItem(EngineFixture.TABLE, pk, sk).getBytes(StandardCharsets.UTF_8);
        getItem = SampleRequests.getItem(EngineFixture.TABLE, pk, sk, true).getBytes(StandardCharsets.UTF_8);
        updateItem = SampleRequests.updateCounter(EngineFixture.TABLE, pk, sk).getBytes(StandardCharsets.UTF_8);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    /** A PutItem body with a 1 KB item (about 1.1 KB of JSON). */
    @Benchmark
    public JsonNode parsePutItem() {
        return engine.parseRequest(putItem);
    }

    @Benchmark
    public JsonNode parseGetItem() {
        return engine.parseRequest(getItem);
    }

    @Benchmark
    public JsonNode parseUpdateItem() {
        return engine.parseRequest(updateItem);
    }
}
