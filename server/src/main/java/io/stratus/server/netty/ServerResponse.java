package io.stratus.server.netty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A complete HTTP response produced by a service; the dispatcher adds {@code Content-Length} and
 * {@code x-amzn-RequestId} and writes it.
 *
 * @param status the HTTP status code
 * @param contentType the {@code Content-Type}, or {@code null} to send none
 * @param body the body bytes (may be empty, never null)
 * @param headers further headers, in the order they should be sent
 * @param operation what the request did, for the per-request log line (e.g. {@code PutItem}); may be null
 * @param multiValueHeaders headers sent once per value, each value on its own line (several {@code Set-Cookie}
 *     must never be joined into one: a cookie's {@code Expires} date has a comma); sent after {@code headers}
 */
public record ServerResponse(
        int status, String contentType, byte[] body, Map<String, String> headers, String operation,
        Map<String, List<String>> multiValueHeaders) {

    /** Copies the repeated headers so the record stays immutable and keeps their order. */
    public ServerResponse {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        multiValueHeaders.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        multiValueHeaders = Collections.unmodifiableMap(copy);
    }

    /** A response with one value per header. */
    public ServerResponse(int status, String contentType, byte[] body, Map<String, String> headers, String operation) {
        this(status, contentType, body, headers, operation, Map.of());
    }

    /** A response with no extra headers. */
    public static ServerResponse of(int status, String contentType, byte[] body, String operation) {
        return new ServerResponse(status, contentType, body, Map.of(), operation);
    }
}
