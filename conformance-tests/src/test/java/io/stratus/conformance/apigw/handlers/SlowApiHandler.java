package io.stratus.conformance.apigw.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** Sleeps for {@code SLEEP_MILLIS} (environment) before answering 200: outlasts an integration or function timeout. */
public class SlowApiHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        try {
            Thread.sleep(Long.parseLong(System.getenv("SLEEP_MILLIS")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Map.of("statusCode", 200, "body", "late");
    }
}
