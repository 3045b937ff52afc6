package io.stratus.bench.wire;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code GET /Prod/bench/items/{id}} through API Gateway (REST, payload 1.0) to a trivial Java function. */
final class ApiGetScenario implements Scenario {

    static final int IDS = 1_000;

    @Override
    public String name() {
        return "ApiGet";
    }

    @Override
    public String description() {
        return "API Gateway REST GET /Prod/bench/items/{id} -> Lambda (payload 1.0), " + IDS + " ids";
    }

    @Override
    public void prepare(Setup setup) throws IOException {
        DynamoRequests.require(setup.call(request(7)).equals("{\"id\":\"7\"}"),
                "GET /Prod/bench/items/7 reaches the bench function (start Stratus with --template bench/api-bench.yaml)");
    }

    @Override
    public List<WireRequest> requests() {
        List<WireRequest> requests = new ArrayList<>(IDS);
        for (int n = 0; n < IDS; n++) {
            requests.add(request(n));
        }
        return requests;
    }

    private static WireRequest request(int id) {
        return new WireRequest("GET", "/Prod/bench/items/" + id, Map.of(), new byte[0]);
    }
}
