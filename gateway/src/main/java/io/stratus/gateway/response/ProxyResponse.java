package io.stratus.gateway.response;

import io.stratus.gateway.event.HttpHeader;
import java.util.List;

/**
 * The HTTP response the gateway sends the client.
 *
 * @param status  the status code
 * @param headers the headers in order; a name may repeat ({@code set-cookie})
 * @param body    the body bytes, already base64-decoded
 */
public record ProxyResponse(int status, List<HttpHeader> headers, byte[] body) {

    /** Copies the header list so the record stays immutable. */
    public ProxyResponse {
        headers = List.copyOf(headers);
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
}
