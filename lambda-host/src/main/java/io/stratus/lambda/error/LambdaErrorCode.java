package io.stratus.lambda.error;

/**
 * The Lambda API errors the host raises, each with the wire {@code x-amzn-ErrorType}, HTTP status and
 * the {@code Type} field Lambda puts in the error body (User or Service).
 */
public enum LambdaErrorCode {
    RESOURCE_NOT_FOUND("ResourceNotFoundException", 404, "User"),
    INVALID_REQUEST_CONTENT("InvalidRequestContentException", 400, "User"),
    /**
     * The SDKs call this RequestTooLargeException, but the service sends the code
     * {@code RequestEntityTooLargeException} (as seen in every CLI/SDK error message and in AWS's own
     * Lambda test tool).
     */
    REQUEST_TOO_LARGE("RequestEntityTooLargeException", 413, "User"),
    TOO_MANY_REQUESTS("TooManyRequestsException", 429, "User"),
    SERVICE("ServiceException", 500, "Service");

    private final String errorType;
    private final int statusCode;
    private final String source;

    LambdaErrorCode(String errorType, int statusCode, String source) {
        this.errorType = errorType;
        this.statusCode = statusCode;
        this.source = source;
    }

    /** The {@code x-amzn-ErrorType} header value. */
    public String errorType() {
        return errorType;
    }

    /** The HTTP status. */
    public int statusCode() {
        return statusCode;
    }

    /** The {@code Type} member of the error body: {@code User} or {@code Service}. */
    public String source() {
        return source;
    }
}
