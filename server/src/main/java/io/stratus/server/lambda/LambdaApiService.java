package io.stratus.server.lambda;

import io.stratus.lambda.error.LambdaException;
import io.stratus.server.netty.HttpService;
import io.stratus.server.netty.ServerRequest;
import io.stratus.server.netty.ServerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The Lambda API (version {@code 2015-03-31}) on the shared port: routes a method and path to its operation and
 * turns the operation's errors into Lambda's error responses. Paths are matched after URL decoding, so a
 * function ARN may arrive encoded ({@code arn%3Aaws%3Alambda...}), as the SDKs send it.
 *
 * <pre>
 * POST /2015-03-31/functions/{FunctionName}/invocations   Invoke
 * GET  /2015-03-31/functions/{FunctionName}               GetFunction
 * GET  /2015-03-31/functions/{FunctionName}/configuration GetFunctionConfiguration
 * GET  /2015-03-31/functions/                             ListFunctions
 * </pre>
 */
public final class LambdaApiService implements HttpService {

    private static final Logger LOG = LoggerFactory.getLogger(LambdaApiService.class);

    /** Every Lambda function operation lives under this prefix. */
    public static final String PREFIX = "/2015-03-31/";
    private static final String FUNCTIONS = PREFIX + "functions";
    private static final String INVOCATIONS = "/invocations";
    /** The largest Invoke payload routed on the calling thread: 16 KB; most events are far smaller. */
    static final int INLINE_INVOKE_LIMIT = 16 * 1024;

    private final Invoke invoke;
    private final GetFunction getFunction;
    private final GetFunctionConfiguration getFunctionConfiguration;
    private final ListFunctions listFunctions;

    /** The API over {@code context}'s host. */
    public LambdaApiService(LambdaApiContext context) {
        this.invoke = new Invoke(context);
        this.getFunction = new GetFunction(context);
        this.getFunctionConfiguration = new GetFunctionConfiguration(context);
        this.listFunctions = new ListFunctions(context);
    }

    @Override
    public String name() {
        return "Lambda";
    }

    /** Everything under {@code /2015-03-31/}: no other AWS API Stratus serves uses that prefix. */
    @Override
    public boolean accepts(ServerRequest request) {
        return request.path().startsWith(PREFIX);
    }

    @Override
    public ServerResponse handle(ServerRequest request) {
        return respond(request).join();
    }

    /**
     * Invocations wait for the function without holding a worker thread: a handler that calls back
     * into Stratus (DynamoDB, another function) must not starve the pool it needs.
     *
     * <p>An Invoke with a small payload is not even handed to a worker: routing it, checking its headers and
     * validating {@value #INLINE_INVOKE_LIMIT} bytes of JSON at most take microseconds and never block, and the
     * function then runs on the host's own threads. That saves a thread hand-off per warm invocation (measured
     * with scripts/lambda-bench.sh). Everything else, including GetFunction, which may hash a large code archive,
     * runs on {@code worker}.
     */
    @Override
    public CompletionStage<ServerResponse> handleAsync(ServerRequest request, Executor worker) {
        if (isSmallInvoke(request)) {
            return respond(request);
        }
        return CompletableFuture.supplyAsync(() -> respond(request), worker).thenCompose(Function.identity());
    }

    private static boolean isSmallInvoke(ServerRequest request) {
        return request.body().length <= INLINE_INVOKE_LIMIT && request.method().equals("POST")
                && request.path().endsWith(INVOCATIONS);
    }

    private CompletableFuture<ServerResponse> respond(ServerRequest request) {
        String[] operation = new String[1];
        CompletableFuture<ServerResponse> response;
        try {
            response = route(request, operation);
        } catch (RuntimeException e) {
            response = CompletableFuture.failedFuture(e);
        }
        return response.exceptionally(failure -> error(request, operation[0], failure));
    }

    private CompletableFuture<ServerResponse> route(ServerRequest request, String[] operation) {
        String path = request.path();
        String method = request.method();
        if (path.equals(FUNCTIONS) || path.equals(FUNCTIONS + "/")) {
            if (method.equals("GET")) {
                operation[0] = ListFunctions.NAME;
                return CompletableFuture.completedFuture(listFunctions.handle(request));
            }
            throw LambdaApiError.unknownOperation(method, path);
        }
        if (!path.startsWith(FUNCTIONS + "/")) {
            throw LambdaApiError.unknownOperation(method, path);
        }
        String rest = path.substring(FUNCTIONS.length() + 1);
        int slash = rest.indexOf('/');
        String name = slash < 0 ? rest : rest.substring(0, slash);
        String action = slash < 0 ? "" : rest.substring(slash + 1);
        if (name.isEmpty()) {
            throw LambdaApiError.unknownOperation(method, path);
        }
        FunctionReference reference = FunctionReference.parse(name);
        switch (method + " " + action) {
            case "POST invocations" -> {
                operation[0] = Invoke.NAME;
                return invoke.handle(request, reference);
            }
            case "GET " -> {
                operation[0] = GetFunction.NAME;
                return CompletableFuture.completedFuture(getFunction.handle(request, reference));
            }
            case "GET configuration" -> {
                operation[0] = GetFunctionConfiguration.NAME;
                return CompletableFuture.completedFuture(getFunctionConfiguration.handle(request, reference));
            }
            default -> throw LambdaApiError.unknownOperation(method, path);
        }
    }

    private static ServerResponse error(ServerRequest request, String operation, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof LambdaException e) {
            return LambdaErrorResponses.of(e, operation);
        }
        if (cause instanceof LambdaApiError e) {
            return LambdaErrorResponses.of(e, operation);
        }
        // A Stratus bug, not the function's (its failures are payloads): logged once, answered as Lambda's 500.
        LOG.error("Internal error in Lambda {} (request {})", operation, request.requestId(), cause);
        return LambdaErrorResponses.of(LambdaException.serviceException("Internal error"), operation);
    }
}
