package io.stratus.lambda.runtime;

import com.amazonaws.services.lambda.runtime.ClientContext;
import io.stratus.lambda.config.FunctionConfig;
import io.stratus.lambda.load.FunctionClassLoader;
import io.stratus.lambda.load.FunctionCode;
import io.stratus.lambda.load.FunctionEnvironment;
import io.stratus.lambda.runtime.log.EnvironmentLog;
import io.stratus.lambda.runtime.log.InvocationLog;
import io.stratus.lambda.runtime.log.StandardStreams;
import io.stratus.lambda.serde.ErrorPayload;
import java.io.IOError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One Lambda execution environment: its own class loader (so static state starts fresh), its own log stream,
 * and one invocation at a time. The first invocation initialises it (cold start: class initialisers, the
 * handler's constructor, serializers); later ones reuse it (warm). A timeout, a fatal init error, a VM error
 * or its code calling {@code System.exit} (reported as Lambda's {@code Runtime.ExitError}) ends it: it is never
 * reused.
 */
final class ExecutionEnvironment {
    /** Stratus runs the unpublished version only. */
    static final String VERSION = "$LATEST";

    private static final DateTimeFormatter STREAM_DATE =
            DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final long MB = 1024L * 1024L;
    /**
     * "The Init phase is limited to 10 seconds. If all three tasks do not complete within 10 seconds, Lambda
     * retries the Init phase at the time of the first function invocation with the configured function
     * timeout." (Lambda developer guide, "Understanding the Lambda execution environment lifecycle").
     */
    static final Duration INIT_TIMEOUT = Duration.ofSeconds(10);

    private final FunctionConfig config;
    private final FunctionCode code;
    private final HostSettings settings;
    private final HostClock clock;
    private final String logStreamName;
    private final EnvironmentLog log;
    private final FunctionEnvironment environment;
    private final FunctionLogger logger;

    // Written by the one thread running this environment's invocation; invocations are handed over through
    // the owning function's lock, which orders these writes before the next invocation's reads.
    /** Volatile because {@link #reusable()} reads it from the thread that returns the environment to the pool. */
    private volatile FunctionClassLoader loader;
    private Invocable invocable;
    private long initNanos;
    private volatile boolean ended;

    ExecutionEnvironment(FunctionConfig config, FunctionCode code, HostSettings settings) {
        this.config = config;
        this.code = code;
        this.settings = settings;
        this.clock = settings.clock();
        this.logStreamName = STREAM_DATE.format(clock.now()) + "/[" + VERSION + "]" + randomHex(16);
        this.log = new EnvironmentLog(config.functionName(), settings.console());
        this.environment = new FunctionEnvironment(
                EnvironmentVariables.of(config, settings, code.taskRoot(), logStreamName));
        this.logger = new FunctionLogger(log);
    }

    /** The code version this environment was started on. */
    FunctionCode code() {
        return code;
    }

    /**
     * False once the environment has ended, including when its code called {@code System.exit} on a thread of
     * its own between invocations; it must then not run another invocation.
     */
    boolean reusable() {
        FunctionClassLoader current = loader;
        return !ended && (current == null || current.exitStatus().isEmpty());
    }

    /** The log stream name, {@code yyyy/MM/dd/[$LATEST]<32 hex>}. */
    String logStreamName() {
        return logStreamName;
    }

    /**
     * Runs one invocation on the calling (worker) thread. {@code result} completes when the handler returns
     * or, earlier, when the function's timeout expires.
     */
    void run(String requestId, byte[] payload, ClientContext clientContext, CompletableFuture<Execution> result) {
        Thread worker = Thread.currentThread();
        ClassLoader previousLoader = worker.getContextClassLoader();
        boolean cold = invocable == null;
        Running running = new Running(requestId, new InvocationLog(), cold, clientContext);
        log.capture(running.log);
        StandardStreams.bind(log);
        try {
            if (cold && !initialise(running, worker, result)) {
                return;
            }
            worker.setContextClassLoader(loader);
            invoke(running, payload, worker, result);
        } finally {
            StandardStreams.unbind();
            worker.setContextClassLoader(previousLoader);
            // A handler may leave its thread interrupted; the runtime clears the flag too.
            Thread.interrupted();
            if (ended) {
                closeLoader();
            }
        }
    }

    /**
     * Runs the init phase. Past {@link #INIT_TIMEOUT} Lambda abandons it and runs it again inside the
     * invocation, bounded by the function's timeout; Stratus cannot restart a static initialiser, so it lets
     * this attempt carry on instead, against the same overall deadline: {@code INIT_TIMEOUT} plus the timeout.
     * A hanging init thus fails the invocation as "Task timed out" rather than blocking it forever.
     */
    private boolean initialise(Running running, Thread worker, CompletableFuture<Execution> result) {
        long start = clock.nanoTime();
        long timeoutNanos = timeoutNanos();
        long limitNanos = INIT_TIMEOUT.toNanos() + timeoutNanos;
        synchronized (running) {
            running.inHandler = true;
        }
        HostClock.Scheduled limit = clock.schedule(Duration.ofNanos(limitNanos),
                () -> timeOut(running, worker, timeoutNanos, result));
        loader = new FunctionClassLoader(code.classpath(), environment);
        worker.setContextClassLoader(loader);
        try {
            invocable = HandlerResolver.resolve(config.handler(), loader);
            initNanos = clock.nanoTime() - start;
            if (initNanos > INIT_TIMEOUT.toNanos()) {
                running.deadlineNanos = start + limitNanos;
            }
            OptionalInt exit = loader.exitStatus();
            if (exit.isPresent()) {
                // A static initialiser that called System.exit and swallowed the unwinding still ended the process.
                failInit(running, exit.getAsInt(), null, result);
                return false;
            }
            return !running.done.get();
        } catch (HandlerFault fault) {
            initNanos = clock.nanoTime() - start;
            OptionalInt exit = loader.exitStatus();
            failInit(running, exit.isPresent() ? exit.getAsInt() : 0, exit.isPresent() ? null : fault, result);
            return false;
        } finally {
            synchronized (running) {
                running.inHandler = false;
            }
            limit.cancel();
        }
    }

    /**
     * An init error ends the environment; the next invocation starts (and fails) a fresh one. The error is the
     * handler's {@code fault}, or, when it is null, the runtime's exit with {@code exitStatus}.
     */
    private void failInit(Running running, int exitStatus, HandlerFault fault,
                          CompletableFuture<Execution> result) {
        ended = true;
        byte[] payload;
        if (fault != null) {
            writeRaw(fault.reportableError());
            log.line("START RequestId: " + running.requestId + " Version: " + VERSION);
            payload = fault.payload().toJson();
        } else {
            RuntimeExit exit = new RuntimeExit(running.requestId, exitStatus);
            log.line("START RequestId: " + running.requestId + " Version: " + VERSION);
            writeRaw(exit.logLines());
            payload = exit.payload();
        }
        complete(running, payload, Execution.UNHANDLED, 0L, null, result);
    }

    private long timeoutNanos() {
        return Duration.ofSeconds(config.timeoutSeconds()).toNanos();
    }

    private void invoke(Running running, byte[] payload, Thread worker, CompletableFuture<Execution> result) {
        log.line("START RequestId: " + running.requestId + " Version: " + VERSION);
        String traceId = traceId();
        environment.traceId(traceId);
        long timeoutNanos = timeoutNanos();
        long start = clock.nanoTime();
        // Normally the full timeout; after an init that overran INIT_TIMEOUT, whatever its deadline leaves.
        long deadline = running.deadlineNanos != 0L ? running.deadlineNanos : start + timeoutNanos;
        LambdaContext context = new LambdaContext(running.requestId, config.functionName(),
                settings.functionArn(config.functionName()), config.memorySize(),
                EnvironmentVariables.logGroupName(config.functionName()), logStreamName, traceId, logger, clock,
                deadline, running.clientContext);
        synchronized (running) {
            running.inHandler = true;
        }
        HostClock.Scheduled timer = clock.schedule(Duration.ofNanos(Math.max(0L, deadline - start)),
                () -> timeOut(running, worker, timeoutNanos, result));
        byte[] response;
        String functionError = null;
        String reportable = null;
        try {
            response = invocable.invoke(payload, context);
        } catch (HandlerFault fault) {
            ended |= fault.fatal();
            reportable = fault.reportableError();
            response = fault.payload().toJson();
            functionError = Execution.UNHANDLED;
        } catch (Throwable t) {
            StackTraceFilter.filter(t);
            // The runtime reports these like any error, then exits: the environment is not reused.
            ended |= t instanceof VirtualMachineError || t instanceof IOError;
            reportable = HandlerFault.of(t, false).reportableError();
            response = ErrorPayload.of(t).toJson();
            functionError = Execution.UNHANDLED;
        } finally {
            synchronized (running) {
                running.inHandler = false;
            }
            timer.cancel();
        }
        OptionalInt exit = loader.exitStatus();
        if (exit.isPresent()) {
            // The process is gone: whatever the handler returned or threw after exiting (or swallowing the
            // unwinding) never reaches Lambda, which reports the exit instead.
            ended = true;
            RuntimeExit report = new RuntimeExit(running.requestId, exit.getAsInt());
            reportable = report.logLines();
            response = report.payload();
            functionError = Execution.UNHANDLED;
        }
        if (reportable != null) {
            writeRaw(reportable);
        }
        complete(running, response, functionError, clock.nanoTime() - start, null, result);
    }

    private void timeOut(Running running, Thread worker, long timeoutNanos, CompletableFuture<Execution> result) {
        if (running.done.get()) {
            return;
        }
        // Lambda stops the sandbox; we can only interrupt the thread and never reuse the environment.
        ended = true;
        String message = TIMESTAMP.format(clock.now()) + " " + running.requestId + " Task timed out after "
                + String.format(Locale.ROOT, "%.2f", timeoutNanos / 1e9) + " seconds";
        if (complete(running, ErrorPayload.message(message).toJson(), Execution.UNHANDLED, timeoutNanos, message,
                result)) {
            synchronized (running) {
                if (running.inHandler) {
                    worker.interrupt();
                }
            }
        }
    }

    /** Writes END and REPORT (and a trailing line) and completes {@code result}, once per invocation. */
    private boolean complete(Running running, byte[] payload, String functionError, long durationNanos,
                             String trailingLine, CompletableFuture<Execution> result) {
        if (!running.done.compareAndSet(false, true)) {
            return false;
        }
        log.line("END RequestId: " + running.requestId);
        log.line(report(running, durationNanos));
        if (trailingLine != null) {
            log.line(trailingLine);
        }
        log.endCapture();
        result.complete(new Execution(running.requestId, payload, functionError, running.log, running.cold));
        return true;
    }

    private String report(Running running, long durationNanos) {
        double durationMs = durationNanos / 1e6;
        long billedMs = Math.max(1L, (long) Math.ceil(durationMs));
        Runtime jvm = Runtime.getRuntime();
        // The JVM's heap in use, capped at the function's memory: Stratus cannot measure one function alone.
        long usedMb = Math.max(1L, Math.min(config.memorySize(), (jvm.totalMemory() - jvm.freeMemory()) / MB));
        StringBuilder line = new StringBuilder(200)
                .append("REPORT RequestId: ").append(running.requestId)
                .append("\tDuration: ");
        appendMillis(line, durationNanos).append(" ms")
                .append("\tBilled Duration: ").append(billedMs).append(" ms")
                .append("\tMemory Size: ").append(config.memorySize()).append(" MB")
                .append("\tMax Memory Used: ").append(usedMb).append(" MB\t");
        if (running.cold) {
            appendMillis(line.append("Init Duration: "), initNanos).append(" ms\t");
        }
        return line.toString();
    }

    /**
     * Milliseconds with two decimals, rounded half up as {@code %.2f} does, without a Formatter: this runs on
     * every invocation, and String.format was the costliest step of writing REPORT.
     */
    static StringBuilder appendMillis(StringBuilder line, long nanos) {
        long hundredths = (nanos + 5_000L) / 10_000L;
        long fraction = hundredths % 100;
        return line.append(hundredths / 100).append('.').append(fraction < 10 ? "0" : "").append(fraction);
    }

    private void writeRaw(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        log.write(bytes, 0, bytes.length);
    }

    private String traceId() {
        // The epoch seconds as 8 hex digits: they fit until 2106.
        String epochHex = Long.toHexString(clock.now().getEpochSecond());
        return "Root=1-" + "00000000".substring(Math.min(8, epochHex.length())) + epochHex + "-" + randomHex(12)
                + ";Parent=" + randomHex(8) + ";Sampled=0";
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** Ends an idle environment. */
    void close() {
        ended = true;
        closeLoader();
    }

    private void closeLoader() {
        FunctionClassLoader current = loader;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                // Closing only releases jar handles; a failure leaves them to the garbage collector.
            }
        }
    }

    /** One invocation in flight. */
    private static final class Running {
        final String requestId;
        final InvocationLog log;
        final boolean cold;
        final ClientContext clientContext;
        final AtomicBoolean done = new AtomicBoolean();
        boolean inHandler;
        /** Set when an overlong init has already used part of this invocation's time; else 0. */
        long deadlineNanos;

        Running(String requestId, InvocationLog log, boolean cold, ClientContext clientContext) {
            this.requestId = requestId;
            this.log = log;
            this.cold = cold;
            this.clientContext = clientContext;
        }
    }
}
