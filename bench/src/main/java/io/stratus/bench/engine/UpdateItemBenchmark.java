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
 * UpdateItem {@value SampleRequests#COUNTER_UPDATE} under the condition
 * {@value SampleRequests#COUNTER_CONDITION} on 1 KB items: expression parse (or cache hit),
 * resolve, condition evaluation on the stored item, and the re-encoding of the whole item.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class UpdateItemBenchmark {

    private EngineFixture fixture;

    /** Per-thread request: threads share the engine, not the mutable request tree. */
    @State(Scope.Thread)
    public static class Request {
        KeyCycle requests;

        @Setup(Level.Trial)
        public void setUp(UpdateItemBenchmark benchmark) {
            requests = new KeyCycle(benchmark.fixture.parse(SampleRequests.updateCounter(EngineFixture.TABLE,
                    SampleItems.partitionKey(0), SampleItems.sortKey(0))), "Key");
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        fixture = new EngineFixture().seedItems();
        // a failed condition would measure the error path instead
        EngineFixture.require("{}".equals(fixture.call("UpdateItem", SampleRequests.updateCounter(EngineFixture.TABLE,
                SampleItems.partitionKey(0), SampleItems.sortKey(0)))), "the conditional update succeeds");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    @Benchmark
    public byte[] updateItemWithCondition(Request request) {
        return fixture.execute("UpdateItem", request.requests.next());
    }
}
