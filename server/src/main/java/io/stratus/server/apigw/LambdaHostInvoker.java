package io.stratus.server.apigw;

import io.stratus.gateway.integration.FunctionInvoker;
import io.stratus.gateway.integration.FunctionResult;
import io.stratus.lambda.InvocationType;
import io.stratus.lambda.LambdaHost;
import java.util.concurrent.CompletableFuture;

/** Invokes functions on a {@link LambdaHost} as API Gateway's Lambda proxy integration does: RequestResponse. */
public final class LambdaHostInvoker implements FunctionInvoker {

    private final LambdaHost host;

    /** An invoker over {@code host}. */
    public LambdaHostInvoker(LambdaHost host) {
        this.host = host;
    }

    @Override
    public CompletableFuture<FunctionResult> invoke(String functionName, byte[] payload) {
        try {
            return host.invokeAsync(functionName, payload, InvocationType.REQUEST_RESPONSE)
                    .thenApply(r -> new FunctionResult(r.payload(), r.functionError() != null));
        } catch (RuntimeException e) {
            // The Invoke API's own errors (function not found, throttled) are integration failures to the gateway.
            return CompletableFuture.failedFuture(e);
        }
    }
}
