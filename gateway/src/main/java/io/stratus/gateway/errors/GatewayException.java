package io.stratus.gateway.errors;

import io.stratus.gateway.event.HttpHeader;
import java.util.List;

/** A request the gateway answers itself with one of its canned errors; the server renders it. */
public final class GatewayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient GatewayError error;
    private final String detail;
    private final transient List<HttpHeader> headers;

    /** An error without a variable part. */
    public GatewayException(GatewayError error) {
        this(error, null, null);
    }

    /** An error whose body carries {@code detail} (e.g. the missing parameters); {@code why} is for logs only. */
    public GatewayException(GatewayError error, String detail, String why) {
        this(error, detail, why, List.of());
    }

    private GatewayException(GatewayError error, String detail, String why, List<HttpHeader> headers) {
        super(why != null ? why : error.name());
        this.error = error;
        this.detail = detail;
        this.headers = List.copyOf(headers);
    }

    /** The canned response. */
    public GatewayError error() {
        return error;
    }

    /** The exact response body. */
    public String body() {
        return error.body(detail);
    }

    /** Headers the response carries besides {@code Content-Type} and {@code x-amzn-ErrorType}, e.g. CORS headers. */
    public List<HttpHeader> headers() {
        return headers;
    }

    /** This error with {@code extra} headers added to its response; the same exception when there are none. */
    public GatewayException withHeaders(List<HttpHeader> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        GatewayException copy = new GatewayException(error, detail, getMessage(),
                java.util.stream.Stream.concat(headers.stream(), extra.stream()).toList());
        copy.setStackTrace(getStackTrace());
        return copy;
    }
}
