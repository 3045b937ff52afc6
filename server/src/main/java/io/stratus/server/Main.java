package io.stratus.server;

import io.stratus.server.cli.CliOptions;
import io.stratus.server.cli.Command;
import io.stratus.server.cli.CommandLineParser;
import io.stratus.server.cli.EnvVarsFile;
import io.stratus.server.cli.Usage;
import io.stratus.server.cli.UsageException;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * The {@code stratus} command: {@code stratus [start] [options]}, {@code --help}, {@code --version}.
 * Exit codes: 0 after a clean stop, 1 when Stratus cannot start, 2 for a wrong command line.
 */
public final class Main {

    /** Exit code for a command line that cannot be parsed. */
    public static final int EXIT_USAGE = 2;

    /** Exit code for a server that cannot start (port in use, bad template). */
    public static final int EXIT_STARTUP_FAILED = 1;

    private static final String SLF4J_LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";
    private static final String NETTY_JFR_PROPERTY = "io.netty.jfr.enabled";

    private Main() {
    }

    /** Runs the command and exits with its code; returns only while the started server runs. */
    public static void main(String[] args) {
        int code = run(args, System.getenv(), System.out, System.err, Main::awaitShutdown);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs one command; on a successful start, hands the server to {@code afterStart} (the real
     * command blocks there until the JVM stops) and returns 0.
     */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err,
                   Consumer<StratusServer> afterStart) {
        Command command;
        try {
            command = CommandLineParser.parse(args, env);
        } catch (UsageException e) {
            err.println("stratus: " + e.getMessage());
            err.println("Try 'stratus --help' for usage.");
            return EXIT_USAGE;
        }
        switch (command.action()) {
            case HELP -> {
                out.print(Usage.TEXT);
                return 0;
            }
            case VERSION -> {
                out.println("stratus " + StratusVersion.current());
                return 0;
            }
            default -> {
                return start(command.options(), out, err, afterStart);
            }
        }
    }

    private static int start(
            CliOptions options, PrintStream out, PrintStream err, Consumer<StratusServer> afterStart) {
        // slf4j-simple reads its level once, when the first logger is created; nothing has logged yet.
        System.setProperty(SLF4J_LEVEL_PROPERTY, options.logLevel());
        // Netty 4.2 registers JDK Flight Recorder events for its allocator by default, which costs
        // ~100 ms of start-up; the standalone server has no use for them. Set before Netty loads.
        if (System.getProperty(NETTY_JFR_PROPERTY) == null) {
            System.setProperty(NETTY_JFR_PROPERTY, "false");
        }
        StratusServer.Builder builder = StratusServer.builder()
                .host(options.host())
                .port(options.port())
                .dataDir(options.dataDir())
                .template(options.template())
                .region(options.region());
        options.parameters().forEach(builder::parameter);
        options.apiKeys().forEach(builder::apiKey);
        if (options.jwks() != null) {
            builder.jwks(options.jwks());
        }
        StratusServer server;
        try {
            if (options.envVars() != null) {
                builder.environmentOverrides(EnvVarsFile.read(options.envVars()));
            }
            server = builder.start();
        } catch (StratusStartupException e) {
            err.println("stratus: " + e.getMessage());
            return EXIT_STARTUP_FAILED;
        }
        if (options.port() == 0) {
            // Scripts that asked for any port need to learn which, whatever the log level.
            out.println("Stratus listening on port " + server.port());
        }
        afterStart.accept(server);
        return 0;
    }

    /** Keeps the JVM up until it is told to stop; the shutdown hook closes the server (flushing the data directory). */
    private static void awaitShutdown(StratusServer server) {
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stratus-shutdown"));
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
    }
}
