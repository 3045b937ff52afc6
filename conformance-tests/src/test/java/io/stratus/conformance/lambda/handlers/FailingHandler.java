package io.stratus.conformance.lambda.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** Always throws, so the invocation ends in an unhandled error. */
public class FailingHandler implements RequestHandler<Map<String, Object>, String> {
    @Override
    public String handleRequest(Map<String, Object> input, Context context) {
        throw new IllegalStateException("boom: " + input.get("reason"));
    }
}
