package io.stratus.server.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Locale;

/** A test handler: a JSON string in, upper-cased out; logs one line. */
public class UpperCaseHandler implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, Context context) {
        context.getLogger().log("upper " + input);
        return input.toUpperCase(Locale.ROOT);
    }
}
