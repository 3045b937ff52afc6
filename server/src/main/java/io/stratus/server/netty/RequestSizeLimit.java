package io.stratus.server.netty;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;

/**
 * Aggregates a request into one message and rejects bodies over {@link #MAX_REQUEST_BYTES} the way
 * DynamoDB does: {@code 413} with an empty chunked body (and, like every response, a request id).
 *
 * <p>Netty's own rejection would send {@code Content-Length: 0} without {@code x-amzn-RequestId};
 * this subclass only replaces the response, keeping Netty's connection handling: when the client
 * may still be sending the body on a keep-alive connection, the aggregator discards it and the
 * connection stays usable.
 */
public final class RequestSizeLimit extends HttpObjectAggregator {

    /** DynamoDB rejects request bodies above 16 MiB with 413 (dynalite's live-verified limit). */
    public static final int MAX_REQUEST_BYTES = 16 * 1024 * 1024;

    /** An aggregator with DynamoDB's limit. */
    public RequestSizeLimit() {
        this(MAX_REQUEST_BYTES);
    }

    /** An aggregator with another limit; tests use a small one. */
    public RequestSizeLimit(int maxContentLength) {
        super(maxContentLength);
    }

    @Override
    protected Object newContinueResponse(HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
        Object response = super.newContinueResponse(start, maxContentLength, pipeline);
        if (response instanceof HttpResponse http
                && http.status().code() == HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE.code()) {
            ReferenceCountUtil.release(response);
            return tooLarge();
        }
        return response;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        boolean close = oversized instanceof FullHttpMessage
                || !HttpUtil.is100ContinueExpected(oversized) && !HttpUtil.isKeepAlive(oversized);
        ChannelFuture written = ctx.writeAndFlush(tooLarge());
        written.addListener(close ? ChannelFutureListener.CLOSE : ChannelFutureListener.CLOSE_ON_FAILURE);
    }

    private static FullHttpResponse tooLarge() {
        FullHttpResponse response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE);
        response.headers()
                .set(AwsHeaders.REQUEST_ID, RequestIds.next())
                .set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
        return response;
    }
}
