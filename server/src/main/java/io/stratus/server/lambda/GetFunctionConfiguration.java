package io.stratus.server.lambda;

import io.stratus.lambda.config.FunctionConfig;
import io.stratus.server.netty.ServerRequest;
import io.stratus.server.netty.ServerResponse;

/** {@code GET /2015-03-31/functions/{FunctionName}/configuration}: the function's FunctionConfiguration. */
final class GetFunctionConfiguration {

    static final String NAME = "GetFunctionConfiguration";

    private final LambdaApiContext context;

    GetFunctionConfiguration(LambdaApiContext context) {
        this.context = context;
    }

    ServerResponse handle(ServerRequest request, FunctionReference reference) {
        FunctionConfig config = context.function(reference, request);
        FunctionCatalog.Details details = context.catalog().details(config);
        return LambdaApiContext.ok(LambdaApiContext.json(json -> context.writer().write(json, details)), NAME);
    }
}
