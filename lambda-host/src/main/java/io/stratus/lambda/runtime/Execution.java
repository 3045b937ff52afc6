package io.stratus.lambda.runtime;

import io.stratus.lambda.runtime.log.InvocationLog;

/**
 * The outcome of running a function once.
 *
 * @param requestId the invocation's request id
 * @param payload the response, or Lambda's error JSON
 * @param functionError {@code Unhandled} when the function failed, else null
 * @param log what the invocation logged
 * @param coldStart whether this invocation started its execution environment
 */
public record Execution(String requestId, byte[] payload, String functionError, InvocationLog log,
                        boolean coldStart) {
    /** The {@code X-Amz-Function-Error} value for errors the function did not handle. */
    public static final String UNHANDLED = "Unhandled";
}
