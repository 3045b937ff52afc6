package io.stratus.bench.wire;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one scenario closed-loop: prepares it, opens one connection per worker, runs an
 * unmeasured warm-up and then the measured phase on the same connections.
 *
 * <p>Closed loop means each worker sends its next request when the previous answer is in, so the
 * figures are service times at saturation for N connections; they do not show the queueing delay
 * an open-loop client at a fixed arrival rate would (coordinated omission).
 */
public final class LoadRunner {

    private final LoadOptions options;
    private final String runId;

    /** A runner for {@code options}; {@code runId} makes this run's table names unique. */
    public LoadRunner(LoadOptions options, String runId) {
        this.options = options;
        this.runId = runId;
    }

    /** Prepares and measures {@code scenario}. */
    public ScenarioResult run(Scenario scenario) throws IOException, InterruptedException {
        scenario.prepare(new Setup(options.endpoint(), runId));
        List<WireRequest> requests = scenario.requests();
        ClientKind.Pool pool = options.client().prepare(options.endpoint(), requests);
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < options.connections(); i++) {
                connections.add(pool.open());
            }
            if (options.warmupSeconds() > 0) {
                phase(connections, requests.size(), options.warmupSeconds(), 0);
            }
            Phase measured = phase(connections, requests.size(), options.durationSeconds(), options.maxRequests());
            LatencyRecorder.Latencies latencies = LatencyRecorder.merge(measured.recorders());
            return new ScenarioResult(scenario.name(), scenario.description(), options.connections(),
                    measured.requests(), measured.errors(), measured.seconds(), latencies.percentile(50),
                    latencies.percentile(90), latencies.percentile(99), latencies.max(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), measured.firstError());
        } finally {
            connections.forEach(Connection::close);
        }
    }

    private record Phase(List<LatencyRecorder> recorders, long requests, long errors, double seconds, String firstError) {
    }

    /** Runs every connection's worker until {@code seconds} pass or {@code maxRequests} (if positive) are sent. */
    private static Phase phase(List<Connection> connections, int poolSize, int seconds, long maxRequests)
            throws InterruptedException {
        AtomicLong budget = new AtomicLong(maxRequests > 0 ? maxRequests : Long.MAX_VALUE);
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<LatencyRecorder> recorders = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        for (int w = 0; w < connections.size(); w++) {
            Connection connection = connections.get(w);
            LatencyRecorder recorder = new LatencyRecorder();
            recorders.add(recorder);
            // workers start spread over the pool so they do not all hit the same key at once
            int offset = (int) ((long) poolSize * w / connections.size());
            Thread worker = new Thread(() -> work(connection, poolSize, offset, deadline, budget, recorder, errors,
                    firstError), "wire-load-" + w);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long requests = recorders.stream().mapToLong(LatencyRecorder::count).sum();
        return new Phase(recorders, requests, errors.get(), elapsed, firstError.get());
    }

    private static void work(Connection connection, int poolSize, int offset, long deadline, AtomicLong budget,
            LatencyRecorder recorder, AtomicLong errors, AtomicReference<String> firstError) {
        int index = offset;
        while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
            long sent = System.nanoTime();
            String failure = null;
            try {
                int status = connection.exchange(index);
                if (status != 200) {
                    failure = "HTTP " + status + ": " + connection.lastBody();
                }
            } catch (IOException e) {
                failure = e.toString();
            }
            recorder.record(System.nanoTime() - sent);
            if (failure != null) {
                errors.incrementAndGet();
                firstError.compareAndSet(null, failure);
            }
            index = index + 1 == poolSize ? 0 : index + 1;
        }
    }
}
