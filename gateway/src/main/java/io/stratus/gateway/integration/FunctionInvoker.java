package io.stratus.gateway.integration;

import java.util.concurrent.CompletableFuture;

/** Invokes a Lambda function synchronously (RequestResponse) without blocking the caller. */
@FunctionalInterface
public interface FunctionInvoker {

    /**
     * Invokes {@code functionName} (a name or ARN) with {@code payload}; the future completes with the
     * function's answer, or exceptionally when the invocation itself failed (function not found, throttled).
     */
    CompletableFuture<FunctionResult> invoke(String functionName, byte[] payload);
}
