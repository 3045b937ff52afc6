package io.stratus.conformance.lambda.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** POJO in, POJO out; logs one line so the log tail can be checked for it. */
public class GreetingHandler implements RequestHandler<Greeting, Reply> {
    @Override
    public Reply handleRequest(Greeting greeting, Context context) {
        context.getLogger().log("greeting " + greeting.getName());
        return new Reply("Hello, " + greeting.getName());
    }
}
