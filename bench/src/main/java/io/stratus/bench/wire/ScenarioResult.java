package io.stratus.bench.wire;

/**
 * The measured phase of one scenario: how many requests completed in how long, how many failed
 * (any status but 200, or a connection error), the latency percentiles in nanoseconds, the
 * system load average at the end, and the first failure (or {@code null}).
 */
public record ScenarioResult(String scenario, String description, int connections, long requests, long errors,
        double seconds, long p50, long p90, long p99, long max, double loadAverage, String firstError) {

    /** Completed requests per second. */
    public double throughput() {
        return seconds == 0 ? 0 : requests / seconds;
    }
}
