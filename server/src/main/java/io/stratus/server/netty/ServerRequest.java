package io.stratus.server.netty;

import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request as services see it: method, path, query, headers, the body copied out of Netty's
 * buffers, the request id the server assigned, the request target exactly as sent and the client's address.
 *
 * <p>The body is a plain array so the request can travel to a worker thread after the pooled
 * buffer has been released on the event loop. Callers must not mutate it.
 *
 * @param method        the method, e.g. {@code GET}
 * @param path          the path, percent-decoded
 * @param query         the decoded query parameters, in arrival order with duplicates kept
 * @param headers       the headers
 * @param body          the body bytes
 * @param requestId     the id the server gave this request
 * @param rawUri        the request target as the client sent it, path and query still percent-encoded
 * @param remoteAddress the client's address, or {@code null} when unknown (a request built in a test)
 */
public record ServerRequest(
        String method,
        String path,
        Map<String, List<String>> query,
        HttpHeaders headers,
        byte[] body,
        String requestId,
        String rawUri,
        SocketAddress remoteAddress) {

    /**
     * A request built by hand (tests, internal calls): no client address, and a raw target encoded from
     * {@code path} and {@code query} as a client would have sent them.
     */
    public ServerRequest(String method, String path, Map<String, List<String>> query, HttpHeaders headers,
                         byte[] body, String requestId) {
        this(method, path, query, headers, body, requestId, encodeTarget(path, query), null);
    }

    /**
     * Copies what services need out of a Netty request; the caller still owns (and releases) {@code request}.
     *
     * @param remoteAddress the channel's remote address, {@code ctx.channel().remoteAddress()}
     */
    public static ServerRequest copyOf(FullHttpRequest request, String requestId, SocketAddress remoteAddress) {
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        return new ServerRequest(
                request.method().name(),
                uri.path(),
                uri.parameters(),
                request.headers(),
                ByteBufUtil.getBytes(request.content()),
                requestId,
                request.uri(),
                remoteAddress);
    }

    /** The value of a header, or {@code null} when absent. */
    public String header(CharSequence name) {
        return headers.get(name);
    }

    /** The path as sent, still percent-encoded: {@link #rawUri} up to {@code ?} or {@code #}. */
    public String rawPath() {
        int end = rawUri.length();
        for (int i = 0; i < rawUri.length(); i++) {
            char c = rawUri.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        return rawUri.substring(0, end);
    }

    /** The query string as sent, without {@code ?} and without any fragment; empty when there is none. */
    public String rawQueryString() {
        int question = rawUri.indexOf('?');
        if (question < 0) {
            return "";
        }
        int fragment = rawUri.indexOf('#', question);
        return rawUri.substring(question + 1, fragment < 0 ? rawUri.length() : fragment);
    }

    /** The client's IP address as text ({@code 127.0.0.1}, {@code 0:0:0:0:0:0:0:1}), or {@code null} when unknown. */
    public String clientIp() {
        if (remoteAddress instanceof InetSocketAddress inet) {
            return inet.getAddress() != null ? inet.getAddress().getHostAddress() : inet.getHostString();
        }
        return null;
    }

    /** A request target a client could have sent for {@code path} and {@code query}: each part percent-encoded. */
    static String encodeTarget(String path, Map<String, List<String>> query) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/') {
                out.append(URLEncoder.encode(path.substring(start, i), StandardCharsets.UTF_8).replace("+", "%20"));
                if (i < path.length()) {
                    out.append('/');
                }
                start = i + 1;
            }
        }
        char separator = '?';
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            for (String value : e.getValue()) {
                out.append(separator).append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return out.toString();
    }
}
