package io.stratus.lambda.runtime;

import com.amazonaws.services.lambda.runtime.ClientContext;
import io.stratus.lambda.config.FunctionConfig;
import io.stratus.lambda.error.LambdaException;
import io.stratus.lambda.error.ThrottleReason;
import io.stratus.lambda.load.CodeSource;
import io.stratus.lambda.load.CodeStamp;
import io.stratus.lambda.load.CodeWatcher;
import io.stratus.lambda.load.FunctionCode;
import io.stratus.lambda.load.SharedLayouts;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A deployed function and its execution environments: warm ones are reused (most recent first), a new one
 * starts when all are busy, up to the reserved concurrency or the account's limit. Beyond that a synchronous
 * invocation is throttled and an Event invocation waits in the function's queue; failed Event invocations
 * are retried after the host's retry delays.
 *
 * <p>When the code is rebuilt on disk (see {@link CodeWatcher}) it is laid out again: new environments start on
 * the new version, idle ones on the old version are retired, and busy ones finish their invocation on it and
 * are then retired. A version's laid-out copy is deleted once no environment uses it.
 *
 * <p>The lock is per function and only guards the environment lists; handlers run outside it.
 */
public final class DeployedFunction implements AutoCloseable {
    private final FunctionConfig config;
    private final CodeSource source;
    private final HostSettings settings;
    private final AccountConcurrency account;
    private final SharedLayouts layouts;
    private final AutoCloseable watch;

    private final Object lock = new Object();
    private final Deque<ExecutionEnvironment> idle = new ArrayDeque<>();
    private final Deque<PendingEvent> queue = new ArrayDeque<>();
    /** Environments alive per code version, so that a replaced version is deleted when its last one ends. */
    private final Map<FunctionCode, Integer> environmentsByCode = new IdentityHashMap<>();
    private FunctionCode code;
    private int busy;
    private boolean closed;

    private record PendingEvent(String requestId, byte[] payload, int attempt) {
    }

    /**
     * Deploys {@code config}: lays out its code now; environments start on demand.
     *
     * @param watcher reloads the code when it changes on disk; null to never reload
     * @param layouts shares one laid-out copy between functions deployed from the same code
     * @throws io.stratus.lambda.load.FunctionCodeException when the code cannot be found or resolved
     */
    public DeployedFunction(FunctionConfig config, CodeSource source, HostSettings settings,
                            AccountConcurrency account, CodeWatcher watcher, SharedLayouts layouts) {
        this.config = config;
        this.source = source;
        this.settings = settings;
        this.account = account;
        this.layouts = layouts;
        // Stamped before laying out, so a rebuild that races with deployment is still noticed; the stamp also
        // tells whether another function's copy of the same code can be shared.
        Optional<CodeStamp> stamp = source.stamp();
        this.code = layouts.layOut(source, stamp);
        this.watch = watcher == null ? null : stamp.map(s -> watcher.watch(source, s, this::reload)).orElse(null);
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
        return invoke(payload, null);
    }

    /** As {@link #invoke(byte[])}, with the caller's client context for {@code Context.getClientContext()}. */
    public CompletableFuture<Execution> invoke(byte[] payload, ClientContext clientContext) {
        ExecutionEnvironment environment = acquire();
        return start(environment, newRequestId(), payload, clientContext);
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
        ExecutionEnvironment warm;
        while ((warm = idle.pollFirst()) != null) {
            if (warm.reusable()) {
                return warm;
            }
            // Its code called System.exit on a thread of its own while idle: Lambda would have lost it. Deleting
            // a replaced version's files under the lock is rare enough not to matter.
            warm.close();
            closeQuietly(forget(warm));
        }
        environmentsByCode.merge(code, 1, Integer::sum);
        return new ExecutionEnvironment(config, code, settings);
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

    private CompletableFuture<Execution> start(ExecutionEnvironment environment, String requestId, byte[] payload,
                                               ClientContext clientContext) {
        CompletableFuture<Execution> result = new CompletableFuture<>();
        // Callers see the outcome only after the environment is back in the pool, so an invocation that
        // follows a completed one finds it warm.
        CompletableFuture<Execution> released = result.whenComplete((execution, failure) -> release(environment));
        try {
            settings.workers().execute(() -> {
                try {
                    environment.run(requestId, payload, clientContext, result);
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
        FunctionCode unused = null;
        synchronized (lock) {
            busy--;
            account.release();
            // An ended environment closes itself when its thread lets go; an idle one waits for reuse unless
            // its code has been replaced meanwhile.
            if (!environment.reusable()) {
                unused = forget(environment);
            } else if (closed || environment.code() != code) {
                environment.close();
                unused = forget(environment);
            } else {
                idle.addFirst(environment);
            }
        }
        closeQuietly(unused);
        drain();
    }

    /** Under the lock: counts an environment out; returns its code if that is now unused and replaced. */
    private FunctionCode forget(ExecutionEnvironment environment) {
        FunctionCode its = environment.code();
        Integer left = environmentsByCode.merge(its, -1, Integer::sum);
        if (left != null && left <= 0) {
            environmentsByCode.remove(its);
            return its != code || closed ? its : null;
        }
        return null;
    }

    /**
     * Lays out the rebuilt code and switches new invocations to it. A failed layout (e.g. a jar caught
     * mid-write, or classes deleted by {@code mvn clean}) keeps the current version and says so.
     */
    void reload() {
        FunctionCode fresh;
        try {
            fresh = layouts.layOut(source, source.stamp());
        } catch (RuntimeException e) {
            settings.console().accept("[" + config.functionName() + "] code changed but cannot be loaded, "
                    + "keeping the previous version: " + e.getMessage());
            return;
        }
        Set<FunctionCode> unused = identitySet();
        boolean replaced;
        synchronized (lock) {
            replaced = !closed;
            if (closed) {
                unused.add(fresh);
            } else {
                FunctionCode previous = code;
                code = fresh;
                for (ExecutionEnvironment environment : idle) {
                    environment.close();
                    FunctionCode free = forget(environment);
                    if (free != null) {
                        unused.add(free);
                    }
                }
                idle.clear();
                if (!environmentsByCode.containsKey(previous)) {
                    unused.add(previous);
                }
            }
        }
        unused.forEach(DeployedFunction::closeQuietly);
        if (replaced) {
            settings.console().accept("[" + config.functionName() + "] reloaded code from " + source.describe());
        }
    }

    private static Set<FunctionCode> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private static void closeQuietly(FunctionCode unused) {
        if (unused == null) {
            return;
        }
        try {
            unused.close();
        } catch (RuntimeException e) {
            // A leftover temporary directory is harmless; the next reload must not fail for it.
        }
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
            // Lambda passes a client context to synchronous invocations only (Invoke API, ClientContext).
            start(environment, event.requestId(), event.payload(), null)
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

    /**
     * A version 4 UUID, as Lambda's request ids are. Request ids must be unique, not unguessable, so they come
     * from ThreadLocalRandom rather than UUID.randomUUID's SecureRandom, which is shared and far slower.
     */
    static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    /** Stops watching, ends idle environments, drops queued events and deletes code no environment runs. */
    @Override
    public void close() {
        if (watch != null) {
            try {
                watch.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        Set<FunctionCode> unused = identitySet();
        synchronized (lock) {
            closed = true;
            for (ExecutionEnvironment environment : idle) {
                environment.close();
                FunctionCode free = forget(environment);
                if (free != null) {
                    unused.add(free);
                }
            }
            idle.clear();
            queue.clear();
            if (!environmentsByCode.containsKey(code)) {
                unused.add(code);
            }
        }
        unused.forEach(DeployedFunction::closeQuietly);
    }
}
