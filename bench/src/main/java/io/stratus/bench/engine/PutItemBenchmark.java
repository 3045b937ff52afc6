package io.stratus.bench.engine;

import io.stratus.bench.data.SampleItems;
import io.stratus.bench.data.SampleRequests;
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
 * PutItem of a 1 KB item, each call to the next of {@link EngineFixture#ITEMS} keys: after the
 * first pass over the keys (within warm-up) every put replaces an existing item, like a steady
 * upsert load whose table does not grow without bound.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PutItemBenchmark {

    private EngineFixture fixture;

    /** Per-thread request: threads share the engine, not the mutable request tree. */
    @State(Scope.Thread)
    public static class Request {
        KeyCycle requests;

        @Setup(Level.Trial)
        public void setUp(PutItemBenchmark benchmark) {
            requests = new KeyCycle(benchmark.fixture.parse(SampleRequests.putItem(EngineFixture.TABLE,
                    SampleItems.partitionKey(0), SampleItems.sortKey(0))), "Item");
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        fixture = new EngineFixture();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    @Benchmark
    public byte[] putItem(Request request) {
        return fixture.execute("PutItem", request.requests.next());
    }
}
