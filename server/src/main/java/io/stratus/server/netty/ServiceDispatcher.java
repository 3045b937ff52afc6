package io.stratus.server.netty;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of every connection: copies the request out of Netty's buffers, picks the first
 * {@link HttpService} that accepts it, runs the service on the worker executor and writes the
 * response back.
 *
 * <p>One instance per connection. Requests of one connection are handled one after another and
 * answered in arrival order, which HTTP/1.1 pipelining requires; different connections run in
 * parallel on the workers.
 */
public final class ServiceDispatcher extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceDispatcher.class);

    private static final String JSON = "application/json";
    private static final byte[] NOT_FOUND = "{\"message\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BAD_REQUEST = "{\"message\":\"Bad Request\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] INTERNAL_ERROR =
            "{\"message\":\"Internal server error\"}".getBytes(StandardCharsets.UTF_8);

    private final List<HttpService> services;
    private final Executor worker;

    /** Completes when the previous request of this connection has been answered; touched only on the event loop. */
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

    /** A dispatcher over {@code services} (tried in order) running them on {@code worker}. */
    public ServiceDispatcher(List<HttpService> services, Executor worker) {
        this.services = List.copyOf(services);
        this.worker = worker;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest msg) {
        long started = System.nanoTime();
        String requestId = RequestIds.next();
        if (!msg.decoderResult().isSuccess()) {
            // The stream is out of sync after a malformed request line or header; answer and hang up.
            write(ctx, ServerResponse.of(400, JSON, BAD_REQUEST, null), requestId)
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        ServerRequest request = ServerRequest.copyOf(msg, requestId, ctx.channel().remoteAddress());
        HttpService service = route(request);
        tail = tail
                .thenCompose(ignored -> invoke(service, request))
                .thenAccept(response -> {
                    write(ctx, response, requestId);
                    logRequest(service, request, response, started);
                })
                .exceptionally(failure -> {
                    // Only a rejected task (the server is shutting down) gets here; drop the connection.
                    ctx.close();
                    return null;
                });
    }

    private HttpService route(ServerRequest request) {
        for (HttpService service : services) {
            if (service.accepts(request)) {
                return service;
            }
        }
        return null;
    }

    private CompletionStage<ServerResponse> invoke(HttpService service, ServerRequest request) {
        if (service == null) {
            return CompletableFuture.completedFuture(ServerResponse.of(404, JSON, NOT_FOUND, null));
        }
        CompletionStage<ServerResponse> response;
        try {
            response = service.handleAsync(request, worker);
        } catch (RejectedExecutionException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            response = CompletableFuture.failedFuture(e);
        }
        return response.exceptionally(failure -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof RejectedExecutionException rejected) {
                throw rejected;
            }
            LOG.error("{} failed on {} {} (request {})",
                    service.name(), request.method(), request.path(), request.requestId(), cause);
            return ServerResponse.of(500, JSON, INTERNAL_ERROR, null);
        });
    }

    private static ChannelFuture write(
            ChannelHandlerContext ctx, ServerResponse response, String requestId) {
        FullHttpResponse http = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(response.status()),
                Unpooled.wrappedBuffer(response.body()));
        HttpHeaders headers = http.headers();
        headers.set(AwsHeaders.REQUEST_ID, requestId);
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            headers.set(header.getKey(), header.getValue());
        }
        for (Map.Entry<String, List<String>> header : response.multiValueHeaders().entrySet()) {
            for (String value : header.getValue()) {
                headers.add(header.getKey(), value);
            }
        }
        if (response.contentType() != null) {
            headers.set(HttpHeaderNames.CONTENT_TYPE, response.contentType());
        }
        headers.setInt(HttpHeaderNames.CONTENT_LENGTH, response.body().length);
        return ctx.writeAndFlush(http);
    }

    private static void logRequest(HttpService service, ServerRequest request, ServerResponse response, long started) {
        if (LOG.isDebugEnabled()) {
            String what = service == null
                    ? request.method() + " " + request.path()
                    : service.name() + " " + (response.operation() != null ? response.operation() : request.path());
            LOG.debug("{} {} {}ms", what, response.status(),
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1_000_000.0));
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // Connection resets and the like: nothing to answer, nothing worth a stack trace.
        LOG.debug("Closing connection {} after {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}
