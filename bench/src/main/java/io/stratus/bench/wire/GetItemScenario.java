package io.stratus.bench.wire;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Strongly consistent GetItem of one of {@value #ITEMS} stored 1 KB items. */
final class GetItemScenario implements Scenario {

    static final int ITEMS = 10_000;

    private String table;

    @Override
    public String name() {
        return "GetItem";
    }

    @Override
    public String description() {
        return "GetItem (ConsistentRead), 1 KB item, " + ITEMS + " items";
    }

    @Override
    public void prepare(Setup setup) throws IOException {
        table = setup.uniqueName("bench_get");
        DynamoRequests.createAndSeed(setup, table, ITEMS / DynamoRequests.ITEMS_PER_PARTITION);
        DynamoRequests.require(setup.call(DynamoRequests.getItem(table, ITEMS - 1, true)).contains("\"payload\""),
                "the last seeded item is readable");
    }

    @Override
    public List<WireRequest> requests() {
        List<WireRequest> requests = new ArrayList<>(ITEMS);
        for (int n = 0; n < ITEMS; n++) {
            requests.add(DynamoRequests.getItem(table, n, true));
        }
        return requests;
    }
}
