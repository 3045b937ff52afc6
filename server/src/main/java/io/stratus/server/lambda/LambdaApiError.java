package io.stratus.server.lambda;

/**
 * An error of the Lambda API's request layer that the host never raises (a header outside its enum, an
 * operation Stratus does not know), with the {@code x-amzn-ErrorType}, status and message AWS sends.
 */
public final class LambdaApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String errorType;
    private final int statusCode;

    private LambdaApiError(String errorType, int statusCode, String message) {
        super(message, null, false, false);
        this.errorType = errorType;
        this.statusCode = statusCode;
    }

    /** The {@code x-amzn-ErrorType} header value. */
    public String errorType() {
        return errorType;
    }

    /** The HTTP status. */
    public int statusCode() {
        return statusCode;
    }

    /**
     * A member outside its enum, in the wording every AWS REST-JSON service uses for model validation, e.g.
     * {@code 1 validation error detected: Value 'Foo' at 'invocationType' failed to satisfy constraint: Member must
     * satisfy enum value set: [Event, RequestResponse, DryRun]}.
     */
    public static LambdaApiError notInEnum(String value, String member, String enumValues) {
        return new LambdaApiError("ValidationException", 400, "1 validation error detected: Value '" + value
                + "' at '" + member + "' failed to satisfy constraint: Member must satisfy enum value set: ["
                + enumValues + "]");
    }

    /** A number outside its range, in the same model-validation wording. */
    public static LambdaApiError outOfRange(String value, String member, String constraint) {
        return new LambdaApiError("ValidationException", 400, "1 validation error detected: Value '" + value
                + "' at '" + member + "' failed to satisfy constraint: Member must have value " + constraint);
    }

    /** Lambda's {@code InvalidParameterValueException} (400), for a parameter the model accepts but Lambda does not. */
    public static LambdaApiError invalidParameter(String message) {
        return new LambdaApiError("InvalidParameterValueException", 400, message);
    }

    /**
     * A method and path that name no Lambda operation. AWS answers these with 404 {@code UnknownOperationException};
     * the message text is Stratus's own, as AWS's is not documented.
     */
    public static LambdaApiError unknownOperation(String method, String path) {
        return new LambdaApiError("UnknownOperationException", 404, "Unknown operation " + method + " " + path);
    }
}
