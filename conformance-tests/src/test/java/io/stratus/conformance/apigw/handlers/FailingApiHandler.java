package io.stratus.conformance.apigw.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** Throws: an unhandled function error, which API Gateway turns into its own 502 (REST) or 500 (HTTP API). */
public class FailingApiHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        throw new IllegalStateException("the handler failed on purpose");
    }
}
