package io.stratus.lambda.runtime;

import io.stratus.lambda.config.FunctionConfig;
import io.stratus.lambda.error.LambdaException;
import io.stratus.lambda.error.ThrottleReason;
import io.stratus.lambda.load.FunctionCode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A deployed function and its execution environments: warm ones are reused (most recent first), a new one
 * starts when all are busy, up to the reserved concurrency or the account's limit. Beyond that a synchronous
 * invocation is throttled and an Event invocation waits in the function's queue; failed Event invocations
 * are retried after the host's retry delays.
 *
 * <p>The lock is per function and only guards the environment lists; handlers run outside it.
 */
public final class DeployedFunction implements AutoCloseable {
    private final FunctionConfig config;
    private final FunctionCode code;
    private final HostSettings settings;
    private final AccountConcurrency account;

    private final Object lock = new Object();
    private final Deque<ExecutionEnvironment> idle = new ArrayDeque<>();
    private final Deque<PendingEvent> queue = new ArrayDeque<>();
    private int busy;
    private boolean closed;

    private record PendingEvent(String requestId, byte[] payload, int attempt) {
    }

    /** Deploys {@code config}: lays out its code once; environments start on demand. */
    public DeployedFunction(FunctionConfig config, HostSettings settings, AccountConcurrency account) {
        this.config = config;
        this.settings = settings;
        this.account = account;
        this.code = FunctionCode.at(config.codeLocation());
        if (config.runtime().newerThanHost()) {
            settings.console().accept("[" + config.functionName() + "] WARNING: runtime " + config.runtime().id()
                    + " needs Java " + config.runtime().featureVersion() + " but Stratus runs on Java "
                    + Runtime.version().feature() + "; classes compiled for it will fail to load");
        }
    }

    /** The function's configuration. */
    public FunctionConfig config() {
        return config;
    }

    /**
     * Starts a synchronous invocation; throws TooManyRequestsException when no environment may start.
     * The future completes when the handler returns or times out.
     */
    public CompletableFuture<Execution> invoke(byte[] payload) {
        ExecutionEnvironment environment = acquire();
        return start(environment, newRequestId(), payload);
    }

    /** Queues an Event invocation and returns its request id; it runs as soon as concurrency allows. */
    public String invokeEvent(byte[] payload) {
        String requestId = newRequestId();
        enqueue(new PendingEvent(requestId, payload, 1));
        return requestId;
    }

    private ExecutionEnvironment acquire() {
        synchronized (lock) {
            ExecutionEnvironment environment = tryAcquire();
            if (environment == null) {
                throw LambdaException.tooManyRequests(throttleReason());
            }
            return environment;
        }
    }

    /** Under the lock: an environment to run on, or null when throttled. */
    private ExecutionEnvironment tryAcquire() {
        if (closed || atReservedLimit() || !account.tryAcquire()) {
            return null;
        }
        busy++;
        ExecutionEnvironment warm = idle.pollFirst();
        return warm != null ? warm : new ExecutionEnvironment(config, code, settings);
    }

    private boolean atReservedLimit() {
        return config.reservedConcurrentExecutions().isPresent()
                && busy >= config.reservedConcurrentExecutions().getAsInt();
    }

    private ThrottleReason throttleReason() {
        return atReservedLimit()
                ? ThrottleReason.ReservedFunctionConcurrentInvocationLimitExceeded
                : ThrottleReason.ConcurrentInvocationLimitExceeded;
    }

    private CompletableFuture<Execution> start(ExecutionEnvironment environment, String requestId, byte[] payload) {
        CompletableFuture<Execution> result = new CompletableFuture<>();
        // Callers see the outcome only after the environment is back in the pool, so an invocation that
        // follows a completed one finds it warm.
        CompletableFuture<Execution> released = result.whenComplete((execution, failure) -> release(environment));
        try {
            settings.workers().execute(() -> {
                try {
                    environment.run(requestId, payload, result);
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            });
        } catch (RuntimeException rejected) {
            result.completeExceptionally(rejected);
        }
        return released;
    }

    private void release(ExecutionEnvironment environment) {
        synchronized (lock) {
            busy--;
            account.release();
            // An ended environment closes itself when its thread lets go; an idle one waits for reuse.
            if (environment.reusable()) {
                if (closed) {
                    environment.close();
                } else {
                    idle.addFirst(environment);
                }
            }
        }
        drain();
    }

    private void enqueue(PendingEvent event) {
        synchronized (lock) {
            queue.addLast(event);
        }
        drain();
    }

    private void drain() {
        while (true) {
            PendingEvent event;
            ExecutionEnvironment environment;
            synchronized (lock) {
                if (queue.isEmpty()) {
                    return;
                }
                environment = tryAcquire();
                if (environment == null) {
                    return;
                }
                event = queue.pollFirst();
            }
            start(environment, event.requestId(), event.payload())
                    .whenComplete((execution, failure) -> afterEvent(event, execution));
        }
    }

    private void afterEvent(PendingEvent event, Execution execution) {
        if (execution == null) {
            return;
        }
        settings.eventListener().accept(new EventAttempt(config.functionName(), event.attempt(), execution));
        int retry = event.attempt() - 1;
        if (execution.functionError() != null && retry < settings.asyncRetryDelays().size()) {
            settings.clock().schedule(settings.asyncRetryDelays().get(retry),
                    () -> enqueue(new PendingEvent(event.requestId(), event.payload(), event.attempt() + 1)));
        }
    }

    private static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    /** Ends idle environments, drops queued events and deletes extracted code. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            idle.forEach(ExecutionEnvironment::close);
            idle.clear();
            queue.clear();
        }
        code.close();
    }
}
