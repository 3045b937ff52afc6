package io.stratus.bench.wire;

import java.util.Map;

/**
 * The trivial function behind the API Gateway scenarios ({@code api-bench.yaml}): answers a proxy response
 * naming the path's {@code id} (GET) or the body's length (POST), so a run measures the gateway and the Lambda
 * host rather than the handler. A plain POJO method, so the bench module needs no Lambda library.
 */
public final class ApiBenchHandler {

    /** The proxy response for {@code event} (payload 1.0 or 2.0). */
    public Map<String, Object> handleRequest(Map<String, Object> event) {
        Object parameters = event.get("pathParameters");
        String answer;
        if (parameters instanceof Map<?, ?> path && path.get("id") != null) {
            answer = "{\"id\":\"" + path.get("id") + "\"}";
        } else {
            Object body = event.get("body");
            answer = "{\"received\":" + (body == null ? 0 : body.toString().length()) + "}";
        }
        return Map.of("statusCode", 200, "headers", Map.of("Content-Type", "application/json"), "body", answer);
    }
}
