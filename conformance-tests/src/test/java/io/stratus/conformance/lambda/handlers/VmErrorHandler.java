package io.stratus.conformance.lambda.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs into a StackOverflowError ({@code "stack"}) or an OutOfMemoryError ({@code "heap"}: an array larger than
 * any heap, which fails at once); otherwise answers how many calls its execution environment has served.
 */
public class VmErrorHandler implements RequestHandler<Map<String, String>, String> {
    private static final AtomicInteger CALLS = new AtomicInteger();

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        int calls = CALLS.incrementAndGet();
        if ("stack".equals(input.get("error"))) {
            return "depth " + recurse(0);
        }
        if ("heap".equals(input.get("error"))) {
            long[] huge = new long[Integer.MAX_VALUE];
            return "allocated " + huge.length;
        }
        return "calls " + calls;
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
