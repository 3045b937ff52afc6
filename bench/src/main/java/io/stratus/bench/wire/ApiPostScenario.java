package io.stratus.bench.wire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code POST /bench/orders} with a 200-byte JSON body through API Gateway (HTTP API, payload 2.0) to a trivial Java function. */
final class ApiPostScenario implements Scenario {

    static final int ORDERS = 1_000;

    @Override
    public String name() {
        return "ApiPost";
    }

    @Override
    public String description() {
        return "API Gateway HTTP API POST /bench/orders -> Lambda (payload 2.0), 200-byte JSON body";
    }

    @Override
    public void prepare(Setup setup) throws IOException {
        DynamoRequests.require(setup.call(request(0)).equals("{\"received\":200}"),
                "POST /bench/orders reaches the bench function (start Stratus with --template bench/api-bench.yaml)");
    }

    @Override
    public List<WireRequest> requests() {
        List<WireRequest> requests = new ArrayList<>(ORDERS);
        for (int n = 0; n < ORDERS; n++) {
            requests.add(request(n));
        }
        return requests;
    }

    /** A JSON order padded to exactly 200 bytes. */
    private static WireRequest request(int n) {
        String head = "{\"order\":" + n + ",\"note\":\"";
        String json = head + "x".repeat(200 - head.length() - 2) + "\"}";
        return new WireRequest("POST", "/bench/orders", Map.of("Content-Type", "application/json"),
                json.getBytes(StandardCharsets.UTF_8));
    }
}
