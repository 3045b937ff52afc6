package io.stratus.bench.wire;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * 80 % GetItem, 20 % PutItem on the same {@value #ITEMS} 1 KB items, interleaved in a fixed
 * shuffled order (seed {@value #SEED}) so every run replays the same sequence.
 */
final class MixedScenario implements Scenario {

    static final int ITEMS = 10_000;
    static final int READ_PERCENT = 80;
    static final long SEED = 42;

    private String table;

    @Override
    public String name() {
        return "Mixed";
    }

    @Override
    public String description() {
        return READ_PERCENT + "% GetItem / " + (100 - READ_PERCENT) + "% PutItem, 1 KB items";
    }

    @Override
    public void prepare(Setup setup) throws IOException {
        table = setup.uniqueName("bench_mixed");
        DynamoRequests.createAndSeed(setup, table, ITEMS / DynamoRequests.ITEMS_PER_PARTITION);
    }

    @Override
    public List<WireRequest> requests() {
        Random random = new Random(SEED);
        List<WireRequest> requests = new ArrayList<>(ITEMS);
        int reads = ITEMS * READ_PERCENT / 100;
        for (int i = 0; i < ITEMS; i++) {
            // exact proportions, then a shuffle for the interleaving; reads and writes share the keys
            int n = random.nextInt(ITEMS);
            requests.add(i < reads ? DynamoRequests.getItem(table, n, true) : DynamoRequests.putItem(table, n));
        }
        Collections.shuffle(requests, random);
        return requests;
    }
}
