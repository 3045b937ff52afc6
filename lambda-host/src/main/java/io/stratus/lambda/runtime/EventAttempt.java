package io.stratus.lambda.runtime;

/**
 * One attempt at an Event (asynchronous) invocation; retries keep the request id.
 *
 * @param functionName the function
 * @param attempt 1 for the first try, 2 and 3 for Lambda's retries
 * @param execution what happened
 */
public record EventAttempt(String functionName, int attempt, Execution execution) {
}
