package io.stratus.conformance.lambda.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** Sleeps for {@code millis} of the input, then answers {@code "slept"}: for timeouts and concurrency. */
public class SleepingHandler implements RequestHandler<Map<String, Integer>, String> {
    @Override
    public String handleRequest(Map<String, Integer> input, Context context) {
        try {
            Thread.sleep(input.getOrDefault("millis", 0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "slept";
    }
}
