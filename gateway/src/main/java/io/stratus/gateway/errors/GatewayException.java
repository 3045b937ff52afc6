package io.stratus.gateway.errors;

/** A request the gateway answers itself with one of its canned errors; the server renders it. */
public final class GatewayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient GatewayError error;
    private final String detail;

    /** An error without a variable part. */
    public GatewayException(GatewayError error) {
        this(error, null, null);
    }

    /** An error whose body carries {@code detail} (e.g. the missing parameters); {@code why} is for logs only. */
    public GatewayException(GatewayError error, String detail, String why) {
        super(why != null ? why : error.name());
        this.error = error;
        this.detail = detail;
    }

    /** The canned response. */
    public GatewayError error() {
        return error;
    }

    /** The exact response body. */
    public String body() {
        return error.body(detail);
    }
}
