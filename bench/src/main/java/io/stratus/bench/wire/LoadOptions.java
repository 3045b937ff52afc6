package io.stratus.bench.wire;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * What {@code WireLoad} runs: against which loopback endpoint, which scenarios, with how many
 * connections, for how long.
 *
 * @param endpoint {@code http://127.0.0.1:PORT}; loopback only, this tool must not load anyone else's server
 * @param scenarios comma-separated scenario names or {@code all}
 * @param connections concurrent keep-alive connections, one worker each
 * @param warmupSeconds unmeasured seconds per scenario before measuring (JIT, caches, connection set-up)
 * @param durationSeconds measured seconds per scenario
 * @param maxRequests measured requests per scenario after which it stops early; 0 for no limit
 * @param client the HTTP client to drive
 */
public record LoadOptions(URI endpoint, String scenarios, int connections, int warmupSeconds, int durationSeconds,
        long maxRequests, ClientKind client) {

    /** The longest phase allowed: the tool always stops by itself. */
    public static final int MAX_SECONDS = 3_600;
    /** More connections than this measure the client's thread scheduling, not the server. */
    public static final int MAX_CONNECTIONS = 1_024;

    /** The usage text. */
    public static final String USAGE = """
            Usage: java -cp benchmarks.jar io.stratus.bench.WireLoad --endpoint http://127.0.0.1:PORT [options]

              --endpoint URL      a running Stratus on a loopback address (required)
              --scenario NAMES    comma-separated, or all (default all): %s
              --connections N     concurrent keep-alive connections (default 8)
              --warmup SECONDS    unmeasured warm-up per scenario (default 5)
              --duration SECONDS  measured time per scenario (default 15, at most 3600)
              --requests N        also stop a scenario after N measured requests (default: no limit)
              --client KIND       socket (default) or jdk (java.net.http.HttpClient)
            """.formatted(String.join(", ", Scenarios.names()));

    /** Checks the options. */
    public LoadOptions {
        if (endpoint == null) {
            throw new IllegalArgumentException("--endpoint is required");
        }
        if (!"http".equals(endpoint.getScheme()) || endpoint.getHost() == null || endpoint.getPort() < 0) {
            throw new IllegalArgumentException("--endpoint must be http://HOST:PORT, not " + endpoint);
        }
        requireLoopback(endpoint.getHost());
        Scenarios.select(scenarios);
        requireRange("--connections", connections, 1, MAX_CONNECTIONS);
        requireRange("--warmup", warmupSeconds, 0, MAX_SECONDS);
        requireRange("--duration", durationSeconds, 1, MAX_SECONDS);
        if (maxRequests < 0) {
            throw new IllegalArgumentException("--requests must not be negative");
        }
    }

    /** Parses the command line. */
    public static LoadOptions parse(String[] args) {
        URI endpoint = null;
        String scenarios = "all";
        int connections = 8;
        int warmup = 5;
        int duration = 15;
        long requests = 0;
        ClientKind client = ClientKind.SOCKET;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--endpoint" -> endpoint = URI.create(value);
                case "--scenario" -> scenarios = value;
                case "--connections" -> connections = integer(option, value);
                case "--warmup" -> warmup = integer(option, value);
                case "--duration" -> duration = integer(option, value);
                case "--requests" -> requests = Long.parseLong(value);
                case "--client" -> client = ClientKind.valueOf(value.toUpperCase(Locale.ROOT));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new LoadOptions(endpoint, scenarios, connections, warmup, duration, requests, client);
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, not " + value);
        }
    }

    private static void requireRange(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ", not " + value);
        }
    }

    private static void requireLoopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    throw new IllegalArgumentException("--endpoint must be a loopback address; " + host
                            + " resolves to " + address.getHostAddress());
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--endpoint host " + host + " does not resolve");
        }
    }
}
