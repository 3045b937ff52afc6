package io.stratus.conformance.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** Assertions on the errors the SDK raises: exception class, AWS error code, status and exact message. */
final class ErrorAssertions {

    private ErrorAssertions() {
    }

    /** The AWS message of an SDK service exception (unwrapping the async client's CompletionException). */
    static String message(Throwable e) {
        return serviceException(e).awsErrorDetails().errorMessage();
    }

    /** Asserts a {@code ValidationException}: the SDK has no class for it, so it is a plain {@link DynamoDbException}. */
    static void assertValidation(Throwable e, String expectedMessage) {
        AwsServiceException error = serviceException(e);
        assertThat(error).isExactlyInstanceOf(DynamoDbException.class);
        assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.awsErrorDetails().errorMessage()).isEqualTo(expectedMessage);
    }

    /** Asserts a modelled error: its SDK class, status 400 and message. */
    static void assertError(Throwable e, Class<? extends AwsServiceException> type, String expectedMessage) {
        AwsServiceException error = serviceException(e);
        assertThat(error).isInstanceOf(type);
        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.awsErrorDetails().errorMessage()).isEqualTo(expectedMessage);
    }

    private static AwsServiceException serviceException(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        assertThat(cause).isInstanceOf(AwsServiceException.class);
        return (AwsServiceException) cause;
    }
}
