package io.stratus.bench.wire;

import io.stratus.bench.data.SampleItems;
import io.stratus.bench.data.SampleRequests;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Query of a whole partition: {@value DynamoRequests#ITEMS_PER_PARTITION} items of 1 KB, about 100 KB per response. */
final class QueryScenario implements Scenario {

    static final int PARTITIONS = 20;

    private String table;

    @Override
    public String name() {
        return "Query";
    }

    @Override
    public String description() {
        return "Query, " + DynamoRequests.ITEMS_PER_PARTITION + " items of 1 KB per response";
    }

    @Override
    public void prepare(Setup setup) throws IOException {
        table = setup.uniqueName("bench_query");
        DynamoRequests.createAndSeed(setup, table, PARTITIONS);
        DynamoRequests.require(setup.call(requests().get(0)).contains("\"Count\":" + DynamoRequests.ITEMS_PER_PARTITION + ","),
                "a query returns the whole partition in one page");
    }

    @Override
    public List<WireRequest> requests() {
        List<WireRequest> requests = new ArrayList<>(PARTITIONS);
        for (int p = 0; p < PARTITIONS; p++) {
            requests.add(DynamoRequests.request("Query",
                    SampleRequests.queryPartition(table, SampleItems.partitionKey(p))));
        }
        return requests;
    }
}
