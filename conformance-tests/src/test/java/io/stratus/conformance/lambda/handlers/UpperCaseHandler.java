package io.stratus.conformance.lambda.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Locale;

/** A JSON string in, the same string upper-cased out. */
public class UpperCaseHandler implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, Context context) {
        return input.toUpperCase(Locale.ROOT);
    }
}
