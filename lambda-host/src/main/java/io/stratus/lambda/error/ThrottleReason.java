package io.stratus.lambda.error;

/** Why Lambda throttled an invocation: the {@code Reason} member of a TooManyRequestsException. */
public enum ThrottleReason {
    /** The account's concurrency limit (default 1000) was reached. */
    ConcurrentInvocationLimitExceeded,
    /** The function's reserved concurrency was reached. */
    ReservedFunctionConcurrentInvocationLimitExceeded
}
