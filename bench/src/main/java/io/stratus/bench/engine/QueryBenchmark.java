package io.stratus.bench.engine;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Query of one whole partition of {@value #PARTITION_ITEMS} items of 1 KB (about 100 KB of
 * response, one page), in a table that also holds {@link EngineFixture#ITEMS} other items.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QueryBenchmark {

    /** Items in the queried partition. */
    public static final int PARTITION_ITEMS = 100;

    /** A partition key outside the range the seeded single items use. */
    private static final String PARTITION = SampleItems.partitionKey(999_999);

    private EngineFixture fixture;
    private JsonNode request;

    @Setup(Level.Trial)
    public void setUp() {
        fixture = new EngineFixture().seedItems().seedPartition(PARTITION, PARTITION_ITEMS);
        request = fixture.parse(SampleRequests.queryPartition(EngineFixture.TABLE, PARTITION));
        EngineFixture.require(fixture.call("Query", SampleRequests.queryPartition(EngineFixture.TABLE, PARTITION))
                .contains("\"Count\":" + PARTITION_ITEMS + ","), "the query returns the whole partition in one page");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    @Benchmark
    public byte[] query100Items() {
        return fixture.execute("Query", request);
    }
}
