package io.stratus.lambda.runtime;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * What every function on a host shares: the emulated account and region, where Stratus listens, the clock,
 * the console, the worker pool, and Lambda's account-level limits.
 *
 * @param region the region in ARNs and {@code AWS_REGION}
 * @param accountId the account in ARNs
 * @param endpoint Stratus's endpoint, given to functions as {@code AWS_ENDPOINT_URL}
 * @param clock time for durations, deadlines and delays
 * @param console receives every function log line, prefixed with the function name
 * @param workers runs invocations
 * @param accountConcurrency the account's concurrent executions limit
 * @param asyncRetryDelays the delay before each retry of a failed Event invocation (Lambda: two retries)
 * @param eventListener told about every Event invocation attempt
 */
public record HostSettings(
        String region,
        String accountId,
        Optional<URI> endpoint,
        HostClock clock,
        Consumer<String> console,
        Executor workers,
        int accountConcurrency,
        List<Duration> asyncRetryDelays,
        Consumer<EventAttempt> eventListener) {

    public HostSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(console, "console");
        Objects.requireNonNull(workers, "workers");
        asyncRetryDelays = List.copyOf(asyncRetryDelays);
        Objects.requireNonNull(eventListener, "eventListener");
    }

    /** {@code arn:aws:lambda:<region>:<account>:function:<name>}. */
    public String functionArn(String functionName) {
        return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + functionName;
    }
}
