package io.stratus.lambda;

import java.util.Arrays;
import java.util.Optional;

/** The Invoke API's {@code X-Amz-Invocation-Type}, with the status code a successful call returns. */
public enum InvocationType {
    REQUEST_RESPONSE("RequestResponse", 200),
    EVENT("Event", 202),
    DRY_RUN("DryRun", 204);

    private final String headerValue;
    private final int statusCode;

    InvocationType(String headerValue, int statusCode) {
        this.headerValue = headerValue;
        this.statusCode = statusCode;
    }

    /** The header value, e.g. {@code RequestResponse}. */
    public String headerValue() {
        return headerValue;
    }

    /** 200, 202 or 204. */
    public int statusCode() {
        return statusCode;
    }

    /** The type named by a header value. */
    public static Optional<InvocationType> fromHeader(String value) {
        return Arrays.stream(values()).filter(t -> t.headerValue.equals(value)).findFirst();
    }
}
