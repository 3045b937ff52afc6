package io.stratus.conformance.lambda.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** Calls {@code System.exit} with the payload's {@code status}, as code that gives up on an error does. */
public class ExitingHandler implements RequestHandler<Map<String, Object>, String> {
    @Override
    public String handleRequest(Map<String, Object> input, Context context) {
        System.exit(((Number) input.get("status")).intValue());
        return "still running";
    }
}
