package io.stratus.server.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.error.ErrorCode;
import io.stratus.server.netty.AwsHeaders;
import io.stratus.server.netty.HttpService;
import io.stratus.server.netty.ServerRequest;
import io.stratus.server.netty.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DynamoDB's JSON protocol: checks a request in AWS's order, runs it on the engine and renders the
 * result or the error, always with {@code x-amz-crc32}.
 *
 * <p>The order, verified against live DynamoDB by dynalite: method and content type (else a bare
 * 404), JSON syntax ({@code SerializationException}), {@code X-Amz-Target}
 * ({@code UnknownOperationException}), authentication ({@link RequestSignature}), an empty body
 * ({@code SerializationException} — AWS reports it only after authentication), then the operation.
 *
 * <p>A write in a file-backed engine is answered only once a group commit covers it;
 * {@link #handleAsync} runs the operation on a worker but releases the worker while the commit
 * runs, so concurrent writers share commits instead of each holding one of the few workers.
 */
public final class DynamoDbHttpService implements HttpService {

    private static final Logger LOG = LoggerFactory.getLogger(DynamoDbHttpService.class);

    /** The only API version served; the 2011-12-05 API is retired. */
    public static final String TARGET_PREFIX = "DynamoDB_20120810";

    /** The content type the SDKs send. */
    public static final String AMZ_JSON = "application/x-amz-json-1.0";

    /** The other content type DynamoDB accepts. */
    public static final String JSON = "application/json";

    /** DynamoDB's answer to a request that is not JSON-protocol at all (wrong method or content type). */
    private static final byte[] NOT_A_JSON_REQUEST =
            "<UnknownOperationException/>\n".getBytes(StandardCharsets.US_ASCII);

    private final DynamoService dynamo;

    /** A handler in front of {@code dynamo}. */
    public DynamoDbHttpService(DynamoService dynamo) {
        this.dynamo = dynamo;
    }

    @Override
    public String name() {
        return "DynamoDB";
    }

    /**
     * DynamoDB ignores the path, so anything that looks like a JSON-protocol request is ours: it has
     * an {@code X-Amz-Target} or DynamoDB's content type. Services with their own targets (DynamoDB
     * Streams, later) must come before this one.
     */
    @Override
    public boolean accepts(ServerRequest request) {
        return request.header(AwsHeaders.TARGET) != null
                || AMZ_JSON.equalsIgnoreCase(mediaType(request.header(HttpHeaderNames.CONTENT_TYPE)));
    }

    @Override
    public ServerResponse handle(ServerRequest request) {
        // respond never fails: every error, including a failed commit, is already a rendered response
        return respond(request, Runnable::run).join();
    }

    @Override
    public CompletionStage<ServerResponse> handleAsync(ServerRequest request, Executor worker) {
        return CompletableFuture.supplyAsync(() -> respond(request, worker), worker).thenCompose(Function.identity());
    }

    /**
     * Checks and runs the request in this thread; the future completes when a write is durable. A
     * response still waiting for its commit is rendered on {@code finisher}, so that nothing of the
     * server (rendering, writing, a pipelined next request) runs on the storage's committer thread
     * and delays the next commit or, if it waited for a commit itself, deadlocks it.
     */
    private CompletableFuture<ServerResponse> respond(ServerRequest request, Executor finisher) {
        String mediaType = mediaType(request.header(HttpHeaderNames.CONTENT_TYPE));
        boolean amzJson = AMZ_JSON.equalsIgnoreCase(mediaType);
        if (!"POST".equals(request.method())
                || request.body().length > 0 && !amzJson && !JSON.equalsIgnoreCase(mediaType)) {
            return CompletableFuture.completedFuture(response(404, null, NOT_A_JSON_REQUEST, null));
        }
        String responseType = amzJson ? AMZ_JSON : JSON;
        String operation = null;
        CompletableFuture<byte[]> body;
        try {
            JsonNode json = request.body().length == 0 ? null : dynamo.parseRequest(request.body());
            operation = operation(request.header(AwsHeaders.TARGET));
            String region = RequestSignature.check(request);
            if (json == null) {
                json = dynamo.parseRequest(request.body());
            }
            RequestContext context = new RequestContext(region, RequestContext.DEFAULT_ACCOUNT_ID, request.requestId());
            body = dynamo.executeAsync(operation, json, context);
        } catch (RuntimeException e) {
            body = CompletableFuture.failedFuture(e);
        }
        String op = operation;
        BiFunction<byte[], Throwable, ServerResponse> render = (bytes, failure) -> failure == null
                ? response(200, responseType, bytes, op)
                : error(request, responseType, op, failure);
        return body.isDone() ? body.handle(render) : body.handleAsync(render, finisher);
    }

    /** The one place a failure becomes a DynamoDB error response; anything untyped is a logged 500. */
    private static ServerResponse error(ServerRequest request, String responseType, String operation, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof DynamoDbException e) {
            return response(e.code().httpStatus(), responseType, ErrorBody.render(e), operation);
        }
        LOG.error("Internal error in DynamoDB {} (request {})", operation, request.requestId(), cause);
        DynamoDbException internal = DynamoDbException.of(ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error");
        return response(500, responseType, ErrorBody.render(internal), operation);
    }

    /** {@code DynamoDB_20120810.PutItem} → {@code PutItem}, if the engine knows it. */
    private String operation(String target) {
        if (target != null) {
            int dot = target.indexOf('.');
            if (dot == TARGET_PREFIX.length() && target.startsWith(TARGET_PREFIX) && target.indexOf('.', dot + 1) < 0) {
                String operation = target.substring(dot + 1);
                if (dynamo.supports(operation)) {
                    return operation;
                }
            }
        }
        throw DynamoDbException.of(ErrorCode.UNKNOWN_OPERATION, null);
    }

    /** {@code "  application/json ; charset=x"} → {@code application/json}; AWS ignores parameters. */
    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
    }

    private static ServerResponse response(int status, String contentType, byte[] body, String operation) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return new ServerResponse(status, contentType, body,
                Map.of(AwsHeaders.CRC32.toString(), Long.toString(crc.getValue())), operation);
    }
}
