package io.stratus.server.netty;

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
 */
public record ServerResponse(
        int status, String contentType, byte[] body, Map<String, String> headers, String operation) {

    /** A response with no extra headers. */
    public static ServerResponse of(int status, String contentType, byte[] body, String operation) {
        return new ServerResponse(status, contentType, body, Map.of(), operation);
    }
}
