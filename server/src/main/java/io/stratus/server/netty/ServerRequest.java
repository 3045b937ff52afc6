package io.stratus.server.netty;

import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request as services see it: method, path, query, headers, the body copied out of Netty's
 * buffers, and the request id the server assigned.
 *
 * <p>The body is a plain array so the request can travel to a worker thread after the pooled
 * buffer has been released on the event loop. Callers must not mutate it.
 */
public record ServerRequest(
        String method,
        String path,
        Map<String, List<String>> query,
        HttpHeaders headers,
        byte[] body,
        String requestId) {

    /** Copies what services need out of a Netty request; the caller still owns (and releases) {@code request}. */
    public static ServerRequest copyOf(FullHttpRequest request, String requestId) {
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        return new ServerRequest(
                request.method().name(),
                uri.path(),
                uri.parameters(),
                request.headers(),
                ByteBufUtil.getBytes(request.content()),
                requestId);
    }

    /** The value of a header, or {@code null} when absent. */
    public String header(CharSequence name) {
        return headers.get(name);
    }
}
