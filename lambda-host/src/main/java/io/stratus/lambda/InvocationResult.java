package io.stratus.lambda;

/**
 * What the Invoke API returns for an accepted call.
 *
 * @param statusCode 200 (RequestResponse), 202 (Event) or 204 (DryRun)
 * @param payload the response or Lambda's error JSON; empty for Event and DryRun
 * @param functionError {@code Unhandled} when the function failed ({@code X-Amz-Function-Error}), else null
 * @param logTail the last 4 KB of the invocation's log ({@code X-Amz-Log-Result}, before base64), or null
 * @param executedVersion {@code X-Amz-Executed-Version}, or null when nothing ran synchronously
 * @param requestId the invocation's request id
 */
public record InvocationResult(int statusCode, byte[] payload, String functionError, String logTail,
                               String executedVersion, String requestId) {
}
