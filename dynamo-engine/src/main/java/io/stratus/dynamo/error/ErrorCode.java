package io.stratus.dynamo.error;

/**
 * DynamoDB's error types with the exact {@code __type} and HTTP status AWS returns.
 *
 * <p>Real DynamoDB reports request-validation errors under the Coral validation namespace and
 * authentication/protocol errors under the Coral service namespace; only the service's own
 * modelled errors carry the {@code com.amazonaws.dynamodb.v20120810#} prefix. SDKs key on the
 * part after {@code #}, but we reproduce the whole string.
 */
public enum ErrorCode {
    VALIDATION("com.amazon.coral.validate#ValidationException", 400),
    SERIALIZATION("com.amazon.coral.service#SerializationException", 400),
    UNKNOWN_OPERATION("com.amazon.coral.service#UnknownOperationException", 400),
    MISSING_AUTHENTICATION_TOKEN("com.amazon.coral.service#MissingAuthenticationTokenException", 400),
    INCOMPLETE_SIGNATURE("com.amazon.coral.service#IncompleteSignatureException", 400),
    INVALID_SIGNATURE("com.amazon.coral.service#InvalidSignatureException", 400),
    UNRECOGNIZED_CLIENT("com.amazon.coral.service#UnrecognizedClientException", 400),
    ACCESS_DENIED("com.amazon.coral.service#AccessDeniedException", 400),
    REQUEST_ENTITY_TOO_LARGE("com.amazon.coral.service#RequestEntityTooLargeException", 413),
    RESOURCE_NOT_FOUND("com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", 400),
    RESOURCE_IN_USE("com.amazonaws.dynamodb.v20120810#ResourceInUseException", 400),
    CONDITIONAL_CHECK_FAILED("com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException", 400),
    LIMIT_EXCEEDED("com.amazonaws.dynamodb.v20120810#LimitExceededException", 400),
    ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED(
            "com.amazonaws.dynamodb.v20120810#ItemCollectionSizeLimitExceededException", 400),
    TRANSACTION_CANCELED("com.amazonaws.dynamodb.v20120810#TransactionCanceledException", 400),
    TRANSACTION_CONFLICT("com.amazonaws.dynamodb.v20120810#TransactionConflictException", 400),
    IDEMPOTENT_PARAMETER_MISMATCH("com.amazonaws.dynamodb.v20120810#IdempotentParameterMismatchException", 400),
    TRANSACTION_IN_PROGRESS("com.amazonaws.dynamodb.v20120810#TransactionInProgressException", 400),
    PROVISIONED_THROUGHPUT_EXCEEDED(
            "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException", 400),
    DUPLICATE_ITEM("com.amazonaws.dynamodb.v20120810#DuplicateItemException", 400),
    EXPIRED_ITERATOR("com.amazonaws.dynamodb.v20120810#ExpiredIteratorException", 400),
    TRIMMED_DATA_ACCESS("com.amazonaws.dynamodb.v20120810#TrimmedDataAccessException", 400),
    INTERNAL_SERVER_ERROR("com.amazonaws.dynamodb.v20120810#InternalServerError", 500);

    private final String type;
    private final int httpStatus;

    ErrorCode(String type, int httpStatus) {
        this.type = type;
        this.httpStatus = httpStatus;
    }

    /** The full {@code __type} value written in the error body. */
    public String type() {
        return type;
    }

    /** The HTTP status code AWS answers with. */
    public int httpStatus() {
        return httpStatus;
    }
}
