package io.stratus.bench.engine;

import io.stratus.bench.data.SampleItems;
import io.stratus.bench.data.SampleRequests;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * GetItem of a 1 KB item by full key, strongly consistent or eventually consistent, cycling over
 * {@link EngineFixture#ITEMS} stored items.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GetItemBenchmark {

    /** {@code ConsistentRead}: the engine reads the same way for both, but the response differs in capacity. */
    @Param({"true", "false"})
    public boolean consistentRead;

    private EngineFixture fixture;

    /** Per-thread request: threads share the engine, not the mutable request tree. */
    @State(Scope.Thread)
    public static class Request {
        KeyCycle requests;

        @Setup(Level.Trial)
        public void setUp(GetItemBenchmark benchmark) {
            requests = new KeyCycle(benchmark.fixture.parse(SampleRequests.getItem(EngineFixture.TABLE,
                    SampleItems.partitionKey(0), SampleItems.sortKey(0), benchmark.consistentRead)), "Key");
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        fixture = new EngineFixture().seedItems();
        String last = SampleItems.partitionKey(EngineFixture.ITEMS - 1);
        EngineFixture.require(fixture.call("GetItem", SampleRequests.getItem(EngineFixture.TABLE, last,
                SampleItems.sortKey(0), consistentRead)).contains(last), "the last seeded item is readable");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    @Benchmark
    public byte[] getItem(Request request) {
        return fixture.execute("GetItem", request.requests.next());
    }
}
