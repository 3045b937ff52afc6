package io.stratus.lambda.error;

import java.util.Objects;
import java.util.Optional;

/** A Lambda API error with its code, message and (for throttling) reason, named after AWS's errors. */
public final class LambdaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Lambda's fixed message for throttled invocations. */
    static final String RATE_EXCEEDED = "Rate Exceeded.";

    private final LambdaErrorCode code;
    private final transient ThrottleReason reason;

    private LambdaException(LambdaErrorCode code, String message, ThrottleReason reason) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code);
        this.reason = reason;
    }

    /** The error code. */
    public LambdaErrorCode code() {
        return code;
    }

    /** The throttle reason, for TooManyRequestsException. */
    public Optional<ThrottleReason> reason() {
        return Optional.ofNullable(reason);
    }

    /** {@code Function not found: <arn>}. */
    public static LambdaException functionNotFound(String functionArn) {
        return new LambdaException(LambdaErrorCode.RESOURCE_NOT_FOUND, "Function not found: " + functionArn, null);
    }

    /** A payload that is not JSON; {@code parserMessage} is the JSON parser's complaint. */
    public static LambdaException invalidRequestContent(String parserMessage) {
        return new LambdaException(LambdaErrorCode.INVALID_REQUEST_CONTENT,
                "Could not parse request body into json: Could not parse payload into json: " + parserMessage, null);
    }

    /** An {@code X-Amz-Client-Context} that is not base64 of a JSON object. */
    public static LambdaException invalidClientContext() {
        return new LambdaException(LambdaErrorCode.INVALID_REQUEST_CONTENT,
                "Client context must be a valid Base64-encoded JSON object.", null);
    }

    /** A synchronous payload over the limit. */
    public static LambdaException requestTooLargeForInvoke(int limitBytes) {
        return new LambdaException(LambdaErrorCode.REQUEST_TOO_LARGE,
                "Request must be smaller than " + limitBytes + " bytes for the InvokeFunction operation", null);
    }

    /** An asynchronous payload over the limit. */
    public static LambdaException requestTooLargeForEvent(int payloadBytes, int limitBytes) {
        return new LambdaException(LambdaErrorCode.REQUEST_TOO_LARGE,
                payloadBytes + " byte payload is too large for the Event invocation type (limit "
                        + limitBytes + " bytes)", null);
    }

    /** Throttled: no execution environment may start. */
    public static LambdaException tooManyRequests(ThrottleReason reason) {
        return new LambdaException(LambdaErrorCode.TOO_MANY_REQUESTS, RATE_EXCEEDED, Objects.requireNonNull(reason));
    }

    /** The host itself failed; the cause is logged by whoever renders this. */
    public static LambdaException serviceException(String message) {
        return new LambdaException(LambdaErrorCode.SERVICE, message, null);
    }
}
