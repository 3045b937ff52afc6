package io.stratus.server.lambda;

import io.stratus.lambda.config.FunctionConfig;
import io.stratus.server.netty.ServerRequest;
import io.stratus.server.netty.ServerResponse;

/**
 * {@code GET /2015-03-31/functions/{FunctionName}}: the configuration, where the code is, and the reserved
 * concurrency when there is one. Lambda's {@code Code.Location} is a presigned S3 URL; Stratus gives the code's
 * local {@code file:} URL, and leaves it out for code on the host's classpath, which has no single location.
 */
final class GetFunction {

    static final String NAME = "GetFunction";

    private final LambdaApiContext context;

    GetFunction(LambdaApiContext context) {
        this.context = context;
    }

    ServerResponse handle(ServerRequest request, FunctionReference reference) {
        FunctionConfig config = context.function(reference, request);
        FunctionCatalog.Details details = context.catalog().details(config);
        byte[] body = LambdaApiContext.json(json -> {
            json.writeStartObject();
            json.writeFieldName("Configuration");
            context.writer().write(json, details);
            json.writeObjectFieldStart("Code");
            json.writeStringField("RepositoryType", "S3");
            if (config.codeLocation().isPresent()) {
                json.writeStringField("Location", config.codeLocation().get().toUri().toString());
            }
            json.writeEndObject();
            if (config.reservedConcurrentExecutions().isPresent()) {
                json.writeObjectFieldStart("Concurrency");
                json.writeNumberField("ReservedConcurrentExecutions",
                        config.reservedConcurrentExecutions().getAsInt());
                json.writeEndObject();
            }
            json.writeEndObject();
        });
        return LambdaApiContext.ok(body, NAME);
    }
}
