package io.stratus.dynamo.error;

import java.util.Map;

/**
 * A DynamoDB error as AWS reports it: an {@link ErrorCode} and AWS's message text.
 *
 * <p>Thrown anywhere in the engine; only the server turns it into a wire response. The message
 * may be {@code null} where AWS sends none (a bare {@code SerializationException}).
 * {@link #extraMembers()} carries further body members (the old {@code Item} for
 * {@code ReturnValuesOnConditionCheckFailure}, {@code CancellationReasons}) as plain JSON-able
 * values, already in DynamoDB JSON form.
 */
public final class DynamoDbException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final transient Map<String, Object> extraMembers;

    private DynamoDbException(ErrorCode code, String message, Map<String, Object> extraMembers) {
        super(message, null, false, false);
        this.code = code;
        this.extraMembers = extraMembers;
    }

    /** An error with the given code and message. */
    public static DynamoDbException of(ErrorCode code, String message) {
        return new DynamoDbException(code, message, Map.of());
    }

    /**
     * An error whose body carries members beyond {@code __type} and {@code message}, e.g.
     * {@code Item} on a failed condition or {@code CancellationReasons} on a cancelled
     * transaction. Values are plain JSON-able objects (maps, lists, strings, numbers, booleans).
     */
    public static DynamoDbException withMembers(ErrorCode code, String message, Map<String, Object> members) {
        return new DynamoDbException(code, message, Map.copyOf(members));
    }

    /** A {@code ValidationException} with AWS's message. */
    public static DynamoDbException validation(String message) {
        return of(ErrorCode.VALIDATION, message);
    }

    /** A {@code ResourceNotFoundException} with AWS's message. */
    public static DynamoDbException resourceNotFound(String message) {
        return of(ErrorCode.RESOURCE_NOT_FOUND, message);
    }

    /** A {@code ResourceInUseException} with AWS's message. */
    public static DynamoDbException resourceInUse(String message) {
        return of(ErrorCode.RESOURCE_IN_USE, message);
    }

    /** A {@code SerializationException}; AWS often sends no message with it. */
    public static DynamoDbException serialization(String message) {
        return of(ErrorCode.SERIALIZATION, message);
    }

    /** The error's type and HTTP status. */
    public ErrorCode code() {
        return code;
    }

    /** Members of the error body beyond {@code __type} and {@code message}; empty for most errors. */
    public Map<String, Object> extraMembers() {
        return extraMembers;
    }
}
