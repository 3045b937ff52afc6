package io.stratus.gateway.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An HTTP request as the gateway sees it, free of any server framework.
 *
 * @param method         the method in upper case
 * @param path           the decoded path as requested, stage prefix included when the client sent one
 * @param rawPath        the path as sent, still percent-encoded
 * @param rawQueryString the query string as sent, without {@code ?}; empty when there is none
 * @param headers        the headers in arrival order, duplicates kept
 * @param body           the body bytes; empty when there is none
 * @param sourceIp       the client's address
 * @param protocol       e.g. {@code HTTP/1.1}
 * @param requestId      the id the gateway gives this request
 * @param epochMillis    when the request arrived
 */
public record ApiRequest(String method, String path, String rawPath, String rawQueryString,
                         List<HttpHeader> headers, byte[] body, String sourceIp, String protocol,
                         String requestId, long epochMillis) {

    /** Copies the header list so the record stays immutable; the body array must not be mutated by callers. */
    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        rawQueryString = rawQueryString == null ? "" : rawQueryString;
        headers = List.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** The first value of header {@code name} (case-insensitive), or {@code null}. */
    public String header(String name) {
        for (HttpHeader h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                return h.value();
            }
        }
        return null;
    }

    /** Every value of header {@code name} (case-insensitive), in arrival order. */
    public List<String> headerValues(String name) {
        List<String> values = new ArrayList<>();
        for (HttpHeader h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                values.add(h.value());
            }
        }
        return values;
    }

    /** The {@code User-Agent}, or {@code null}. */
    public String userAgent() {
        return header("User-Agent");
    }
}
