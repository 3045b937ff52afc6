package io.stratus.server.lambda;

import io.stratus.lambda.InvocationResult;
import io.stratus.lambda.InvocationType;
import io.stratus.lambda.config.FunctionConfig;
import io.stratus.server.netty.AwsHeaders;
import io.stratus.server.netty.ServerRequest;
import io.stratus.server.netty.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /2015-03-31/functions/{FunctionName}/invocations}: runs the function as the Invoke API does
 * (API reference "Invoke"). RequestResponse answers 200 with the function's response or error payload
 * ({@code X-Amz-Function-Error: Unhandled} when it failed), Event answers 202 once queued, DryRun 204.
 * {@code X-Amz-Log-Type: Tail} adds the last 4 KB of the log, base64-encoded, in {@code X-Amz-Log-Result}.
 *
 * <p>The invocation's own request id is the response's {@code x-amzn-RequestId}, as in Lambda, so it matches the
 * START/END/REPORT lines and the handler's {@code Context.getAwsRequestId()}.
 */
final class Invoke {

    static final String NAME = "Invoke";

    static final String INVOCATION_TYPE = "X-Amz-Invocation-Type";
    static final String LOG_TYPE = "X-Amz-Log-Type";
    static final String CLIENT_CONTEXT = "X-Amz-Client-Context";
    static final String EXECUTED_VERSION = "X-Amz-Executed-Version";
    static final String FUNCTION_ERROR = "X-Amz-Function-Error";
    static final String LOG_RESULT = "X-Amz-Log-Result";

    /** Lambda's response content type for synchronous invocations. */
    private static final String JSON = "application/json";
    private static final byte[] EMPTY = new byte[0];

    private final LambdaApiContext context;

    Invoke(LambdaApiContext context) {
        this.context = context;
    }

    /** Starts the invocation; the stage completes when a RequestResponse invocation ends (at once for the others). */
    CompletableFuture<ServerResponse> handle(ServerRequest request, FunctionReference reference) {
        // Header validation comes first: the model rejects a bad enum before the function is looked up.
        InvocationType type = invocationType(request.header(INVOCATION_TYPE));
        boolean tail = tail(request.header(LOG_TYPE));
        FunctionConfig function = context.function(reference, request);
        // Base64 JSON for Context.getClientContext(); the host rejects one that is not, before running anything.
        String clientContext = request.header(CLIENT_CONTEXT);
        return context.host().invokeAsync(function.functionName(), request.body(), type, clientContext)
                .thenApply(result -> response(result, type, tail));
    }

    private static ServerResponse response(InvocationResult result, InvocationType type, boolean tail) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (result.requestId() != null) {
            headers.put(AwsHeaders.REQUEST_ID.toString(), result.requestId());
        }
        if (type != InvocationType.REQUEST_RESPONSE) {
            return new ServerResponse(result.statusCode(), null, EMPTY, headers, NAME);
        }
        if (result.functionError() != null) {
            headers.put(FUNCTION_ERROR, result.functionError());
        }
        if (tail && result.logTail() != null) {
            headers.put(LOG_RESULT, Base64.getEncoder().encodeToString(
                    result.logTail().getBytes(StandardCharsets.UTF_8)));
        }
        headers.put(EXECUTED_VERSION, result.executedVersion() != null ? result.executedVersion()
                : LambdaApiContext.LATEST);
        return new ServerResponse(result.statusCode(), JSON, result.payload(), headers, NAME);
    }

    private static InvocationType invocationType(String header) {
        if (header == null) {
            return InvocationType.REQUEST_RESPONSE;
        }
        return InvocationType.fromHeader(header).orElseThrow(
                () -> LambdaApiError.notInEnum(header, "invocationType", "Event, RequestResponse, DryRun"));
    }

    private static boolean tail(String header) {
        if (header == null || header.equals("None")) {
            return false;
        }
        if (header.equals("Tail")) {
            return true;
        }
        throw LambdaApiError.notInEnum(header, "logType", "None, Tail");
    }
}
