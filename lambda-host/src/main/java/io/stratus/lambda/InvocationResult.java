package io.stratus.lambda;

import io.stratus.lambda.runtime.log.InvocationLog;

/**
 * What the Invoke API returns for an accepted call.
 *
 * @param statusCode 200 (RequestResponse), 202 (Event) or 204 (DryRun)
 * @param payload the response or Lambda's error JSON; empty for Event and DryRun
 * @param functionError {@code Unhandled} when the function failed ({@code X-Amz-Function-Error}), else null
 * @param log what the invocation logged, from START to REPORT, or null when nothing ran synchronously
 * @param executedVersion {@code X-Amz-Executed-Version}, or null when nothing ran synchronously
 * @param requestId the invocation's request id
 */
public record InvocationResult(int statusCode, byte[] payload, String functionError, InvocationLog log,
                               String executedVersion, String requestId) {

    /**
     * The last 4 KB of the invocation's log ({@code X-Amz-Log-Result}, before base64), or null. Computed on
     * request: most callers never ask for it ({@code LogType: None}).
     */
    public String logTail() {
        return log == null ? null : log.tail();
    }
}
