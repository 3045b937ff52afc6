package io.stratus.bench.wire;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** PutItem of 1 KB items over {@value #KEYS} keys: inserts on the first pass, then replacements. */
final class PutItemScenario implements Scenario {

    static final int KEYS = 4_096;

    private String table;

    @Override
    public String name() {
        return "PutItem";
    }

    @Override
    public String description() {
        return "PutItem, 1 KB item, " + KEYS + " keys";
    }

    @Override
    public void prepare(Setup setup) throws IOException {
        table = setup.uniqueName("bench_put");
        DynamoRequests.createAndSeed(setup, table, 0);
        DynamoRequests.require("{}".equals(setup.call(DynamoRequests.putItem(table, 0))), "PutItem answers {}");
    }

    @Override
    public List<WireRequest> requests() {
        List<WireRequest> requests = new ArrayList<>(KEYS);
        for (int n = 0; n < KEYS; n++) {
            requests.add(DynamoRequests.putItem(table, n));
        }
        return requests;
    }
}
