package io.stratus.bench.wire;

import java.util.Arrays;
import java.util.List;

/**
 * Every latency one worker measured, in nanoseconds, kept exactly (a run of minutes at tens of
 * thousands of requests per second is a few MB): percentiles are then exact, not bucketed.
 */
final class LatencyRecorder {

    private long[] samples = new long[1 << 16];
    private int count;

    /** Records one request's latency. */
    void record(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, samples.length * 2);
        }
        samples[count++] = nanos;
    }

    /** The number of latencies recorded. */
    int count() {
        return count;
    }

    /** The distribution over all of {@code recorders}. */
    static Latencies merge(List<LatencyRecorder> recorders) {
        int total = 0;
        for (LatencyRecorder r : recorders) {
            total += r.count;
        }
        long[] all = new long[total];
        int at = 0;
        for (LatencyRecorder r : recorders) {
            System.arraycopy(r.samples, 0, all, at, r.count);
            at += r.count;
        }
        Arrays.sort(all);
        return new Latencies(all);
    }

    /** A sorted set of latencies. */
    static final class Latencies {
        private final long[] sorted;

        Latencies(long[] sorted) {
            this.sorted = sorted;
        }

        /** The nearest-rank percentile {@code p} (0 &lt; p ≤ 100) in nanoseconds; 0 when empty. */
        long percentile(double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
        }

        /** The largest latency; 0 when empty. */
        long max() {
            return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
        }
    }
}
