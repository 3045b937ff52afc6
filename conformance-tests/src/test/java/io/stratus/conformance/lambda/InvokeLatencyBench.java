package io.stratus.conformance.lambda;

import io.stratus.conformance.lambda.handlers.TrivialHandler;
import io.stratus.lambda.InvocationType;
import io.stratus.lambda.LambdaHost;
import io.stratus.lambda.config.FunctionConfig;
import io.stratus.server.StratusServer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;

/**
 * Measures the Invoke API end to end over HTTP (java.net.http, one keep-alive connection): {@code N} sequential warm
 * invocations of a trivial function (after as many warm-up ones) with mean, p50, p99 and max, and the cold start
 * (first invocation, which creates the execution environment) in a fresh JVM and in a warm one; the CPU this JVM
 * spends per warm invocation; and the same invocations through {@link LambdaHost#invoke} alone, without HTTP.
 * Run with {@code scripts/lambda-bench.sh}.
 */
public final class InvokeLatencyBench {

    private static final byte[] EMPTY_OBJECT = "{}".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private InvokeLatencyBench() {
    }

    /** {@code [invocations]} (default 2000), after as many warm-up invocations. */
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        try (StratusServer server = StratusServer.builder().port(0)
                .function(FunctionConfig.builder("trivial", TrivialHandler.class.getName()).build())
                .function(FunctionConfig.builder("trivial-2", TrivialHandler.class.getName()).build())
                .start()) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = request(server.endpoint(), "trivial");
            long firstCold = time(http, request);
            for (int i = 0; i < count; i++) {
                time(http, request);
            }
            long cpuBefore = processCpuNanos();
            long[] nanos = new long[count];
            for (int i = 0; i < count; i++) {
                nanos[i] = time(http, request);
            }
            double cpuPerInvoke = (processCpuNanos() - cpuBefore) / (double) count;
            // The same function through the host alone: what the HTTP server and client add is the difference.
            LambdaHost host = server.lambdaHost();
            for (int i = 0; i < count; i++) {
                host.invoke("trivial", EMPTY_OBJECT, InvocationType.REQUEST_RESPONSE);
            }
            long[] hostNanos = new long[count];
            for (int i = 0; i < count; i++) {
                long start = System.nanoTime();
                host.invoke("trivial", EMPTY_OBJECT, InvocationType.REQUEST_RESPONSE);
                hostNanos[i] = System.nanoTime() - start;
            }
            // A second function's cold start, in a JVM that is warm: the cost of a new execution environment alone.
            HttpRequest other = request(server.endpoint(), "trivial-2");
            long cold = time(http, other);
            long warmAfterCold = time(http, other);
            Arrays.sort(nanos);
            double mean = Arrays.stream(nanos).average().orElse(0);
            System.out.printf(Locale.ROOT, "cold start: first invoke in a fresh JVM %.2f ms; in a warm JVM %.2f ms, "
                    + "then warm %.2f ms%n", firstCold / 1e6, cold / 1e6, warmAfterCold / 1e6);
            System.out.printf(Locale.ROOT, "warm invoke x%d: mean %.3f ms, p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                    count, mean / 1e6, nanos[count / 2] / 1e6, nanos[(int) (count * 0.99)] / 1e6,
                    nanos[count - 1] / 1e6);
            System.out.printf(Locale.ROOT, "  CPU of this JVM (client and server) per warm invoke: %.1f us%n",
                    cpuPerInvoke / 1e3);
            Arrays.sort(hostNanos);
            System.out.printf(Locale.ROOT, "host alone (LambdaHost.invoke, no HTTP) x%d: mean %.3f ms, p50 %.3f ms, "
                    + "p99 %.3f ms%n", count, Arrays.stream(hostNanos).average().orElse(0) / 1e6,
                    hostNanos[count / 2] / 1e6, hostNanos[(int) (count * 0.99)] / 1e6);
        }
    }

    /** The CPU time all threads of this JVM have used, or 0 when the platform does not tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0L;
    }

    private static HttpRequest request(URI endpoint, String function) {
        return HttpRequest.newBuilder(URI.create(endpoint + "/2015-03-31/functions/" + function + "/invocations"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    }

    private static long time(HttpClient http, HttpRequest request) throws Exception {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Invoke answered " + response.statusCode());
        }
        return elapsed;
    }
}
