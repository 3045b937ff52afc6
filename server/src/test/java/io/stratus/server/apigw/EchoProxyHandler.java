package io.stratus.server.apigw;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.Map;

/** A test handler for proxy events: answers with the route and path parameters it was given, or fails on {@code /boom}. */
public class EchoProxyHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        Object routeKey = event.containsKey("routeKey") ? event.get("routeKey") : event.get("resource");
        if (String.valueOf(event.get("rawPath")).endsWith("/boom") || String.valueOf(event.get("path")).endsWith("/boom")) {
            throw new IllegalStateException("boom");
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("statusCode", 200);
        response.put("headers", Map.of("content-type", "text/plain"));
        response.put("body", routeKey + " " + event.get("pathParameters"));
        return response;
    }
}
