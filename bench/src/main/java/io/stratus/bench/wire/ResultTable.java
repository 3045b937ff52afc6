package io.stratus.bench.wire;

import java.util.List;
import java.util.Locale;

/** Renders scenario results as a fixed-width text table, latencies in milliseconds. */
public final class ResultTable {

    private static final String ROW = "%-8s %5s %9s %7s %10s %8s %8s %8s %8s %6s%n";

    private ResultTable() {
    }

    /** The table of {@code results}, header first, one line per scenario. */
    public static String render(List<ScenarioResult> results) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, ROW, "scenario", "conns", "requests", "errors", "req/s",
                "p50 ms", "p90 ms", "p99 ms", "max ms", "load"));
        for (ScenarioResult r : results) {
            table.append(String.format(Locale.ROOT, ROW, r.scenario(), r.connections(), r.requests(), r.errors(),
                    String.format(Locale.ROOT, "%.0f", r.throughput()), millis(r.p50()), millis(r.p90()),
                    millis(r.p99()), millis(r.max()), String.format(Locale.ROOT, "%.2f", r.loadAverage())));
        }
        return table.toString();
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }
}
