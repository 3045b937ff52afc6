package io.stratus.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import io.stratus.lambda.config.FunctionConfig;
import io.stratus.lambda.error.LambdaException;
import io.stratus.lambda.load.CodeLocator;
import io.stratus.lambda.load.CodeWatcher;
import io.stratus.lambda.load.DependencyResolver;
import io.stratus.lambda.load.FunctionCodeException;
import io.stratus.lambda.load.MavenDependencyResolver;
import io.stratus.lambda.load.SharedLayouts;
import io.stratus.lambda.runtime.AccountConcurrency;
import io.stratus.lambda.runtime.DeployedFunction;
import io.stratus.lambda.runtime.EventAttempt;
import io.stratus.lambda.runtime.Execution;
import io.stratus.lambda.runtime.HostClock;
import io.stratus.lambda.runtime.HostSettings;
import io.stratus.lambda.runtime.log.AsyncConsole;
import io.stratus.lambda.runtime.log.StandardStreams;
import io.stratus.lambda.serde.ClientContextDecoder;
import io.stratus.lambda.serde.PayloadValidator;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs Java Lambda functions in-process: deploy a {@link FunctionConfig}, then invoke it as the Lambda Invoke
 * API does. Each function runs in its own execution environments (class loader, environment variables, log
 * stream); errors of the Invoke API are thrown as {@link LambdaException}.
 */
public final class LambdaHost implements AutoCloseable {
    /** Synchronous payload quota: 6 MB ("Lambda quotas": invocation payload, request and response). */
    public static final int SYNC_PAYLOAD_LIMIT = 6 * 1024 * 1024;
    /** Asynchronous payload quota: 256 KB ("Lambda quotas"). */
    public static final int ASYNC_PAYLOAD_LIMIT = 256 * 1024;

    private static final byte[] EMPTY = new byte[0];
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);
    private static final String EXECUTED_VERSION = "$LATEST";

    private final HostSettings settings;
    private final AccountConcurrency account;
    private final Map<String, DeployedFunction> functions = new ConcurrentHashMap<>();
    private final ExecutorService ownedWorkers;
    private final HostClock.SystemClock ownedClock;
    private final AsyncConsole ownedConsole;
    private final DependencyResolver dependencyResolver;
    private final CodeWatcher watcher;
    private final SharedLayouts layouts = new SharedLayouts();

    private LambdaHost(Builder builder) {
        this.ownedClock = builder.clock == null ? HostClock.system() : null;
        this.ownedWorkers = Executors.newCachedThreadPool(new WorkerThreads());
        StandardStreams.install();
        this.ownedConsole = builder.console == null ? new AsyncConsole(StandardStreams.originalOut()) : null;
        Consumer<String> console = builder.console != null ? builder.console : ownedConsole;
        this.settings = new HostSettings(builder.region, builder.accountId, Optional.ofNullable(builder.endpoint),
                builder.clock != null ? builder.clock : ownedClock, console, ownedWorkers,
                builder.accountConcurrency, builder.asyncRetryDelays, builder.eventListener);
        this.account = new AccountConcurrency(builder.accountConcurrency);
        this.dependencyResolver = builder.dependencyResolver;
        this.watcher = builder.hotReload ? new CodeWatcher(console) : null;
    }

    /** Starts a host with Lambda's defaults: us-east-1, account 000000000000, 1000 concurrent executions. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Deploys (or replaces) a function; its handler is resolved when an environment starts, as in Lambda.
     * Unless hot reload is off, its code is watched: a rebuild reaches new invocations within a second.
     *
     * @throws FunctionCodeException when the code location does not exist, a Maven project has no compiled
     *     classes, or its dependencies cannot be resolved; the message names the function
     */
    public void deploy(FunctionConfig config) {
        DeployedFunction deployed = new DeployedFunction(config,
                CodeLocator.locate(config.functionName(), config.codeLocation(), dependencyResolver),
                settings, account, watcher, layouts);
        DeployedFunction previous = functions.put(config.functionName(), deployed);
        if (previous != null) {
            previous.close();
        }
    }

    /** The deployed functions' configurations. */
    public List<FunctionConfig> functions() {
        return functions.values().stream().map(DeployedFunction::config).toList();
    }

    /** One function's configuration, by name or ARN. */
    public Optional<FunctionConfig> function(String nameOrArn) {
        return Optional.ofNullable(functions.get(functionName(nameOrArn))).map(DeployedFunction::config);
    }

    /**
     * Invokes a function and waits for the outcome; call it from a worker thread, never an event loop.
     *
     * @throws LambdaException for the Invoke API's errors (not found, too large, not JSON, throttled)
     */
    public InvocationResult invoke(String nameOrArn, byte[] payload, InvocationType type) {
        return invoke(nameOrArn, payload, type, null);
    }

    /**
     * As {@link #invoke(String, byte[], InvocationType)}, with the {@code X-Amz-Client-Context} header (base64
     * JSON, or null), which a RequestResponse handler sees as {@code Context.getClientContext()}.
     *
     * @throws LambdaException also InvalidRequestContentException when the client context is not base64 JSON
     */
    public InvocationResult invoke(String nameOrArn, byte[] payload, InvocationType type, String clientContext) {
        try {
            return invokeAsync(nameOrArn, payload, type, clientContext).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof LambdaException lambda) {
                throw lambda;
            }
            throw e;
        }
    }

    /**
     * Invokes a function without blocking: the future completes when a RequestResponse invocation ends, or at
     * once for Event and DryRun. Request errors are thrown directly, not through the future.
     */
    public CompletableFuture<InvocationResult> invokeAsync(String nameOrArn, byte[] payload, InvocationType type) {
        return invokeAsync(nameOrArn, payload, type, null);
    }

    /** As {@link #invokeAsync(String, byte[], InvocationType)}, with the {@code X-Amz-Client-Context} header. */
    public CompletableFuture<InvocationResult> invokeAsync(String nameOrArn, byte[] payload, InvocationType type,
                                                           String clientContext) {
        String name = functionName(nameOrArn);
        DeployedFunction function = functions.get(name);
        if (function == null) {
            throw LambdaException.functionNotFound(settings.functionArn(name));
        }
        byte[] body = payload == null || payload.length == 0 ? EMPTY_OBJECT : payload;
        switch (type) {
            case REQUEST_RESPONSE -> {
                if (body.length > SYNC_PAYLOAD_LIMIT) {
                    throw LambdaException.requestTooLargeForInvoke(SYNC_PAYLOAD_LIMIT);
                }
                PayloadValidator.requireJson(body);
                ClientContext context = clientContext == null || clientContext.isEmpty()
                        ? null : ClientContextDecoder.decode(clientContext);
                return function.invoke(body, context).thenApply(LambdaHost::toResult);
            }
            case EVENT -> {
                if (body.length > ASYNC_PAYLOAD_LIMIT) {
                    throw LambdaException.requestTooLargeForEvent(body.length, ASYNC_PAYLOAD_LIMIT);
                }
                PayloadValidator.requireJson(body);
                String requestId = function.invokeEvent(body);
                return CompletableFuture.completedFuture(
                        new InvocationResult(type.statusCode(), EMPTY, null, null, null, requestId));
            }
            case DRY_RUN -> {
                return CompletableFuture.completedFuture(
                        new InvocationResult(type.statusCode(), EMPTY, null, null, null, null));
            }
            default -> throw new IllegalArgumentException(type.toString());
        }
    }

    private static InvocationResult toResult(Execution execution) {
        return new InvocationResult(InvocationType.REQUEST_RESPONSE.statusCode(), execution.payload(),
                execution.functionError(), execution.log(), EXECUTED_VERSION, execution.requestId());
    }

    /** The name in a function name, a full ARN or a partial ARN ({@code 123456789012:function:name}). */
    static String functionName(String nameOrArn) {
        int marker = nameOrArn.indexOf("function:");
        if (marker < 0) {
            return nameOrArn;
        }
        String rest = nameOrArn.substring(marker + "function:".length());
        int qualifier = rest.indexOf(':');
        return qualifier < 0 ? rest : rest.substring(0, qualifier);
    }

    /** Ends every function's environments, the worker pool and (if the host made it) the clock. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        functions.values().forEach(DeployedFunction::close);
        functions.clear();
        ownedWorkers.shutdownNow();
        if (ownedClock != null) {
            ownedClock.close();
        }
        if (ownedConsole != null) {
            ownedConsole.close();
        }
        StandardStreams.uninstall();
    }

    /** Invocation threads: daemons, and not inheriting the log binding of whoever made them. */
    private static final class WorkerThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(null, task, "stratus-lambda-" + count.incrementAndGet(), 0, false);
            thread.setDaemon(true);
            return thread;
        }
    }

    /** Configures a {@link LambdaHost}. */
    public static final class Builder {
        private String region = "us-east-1";
        private String accountId = "000000000000";
        private URI endpoint;
        private HostClock clock;
        private Consumer<String> console;
        private int accountConcurrency = AccountConcurrency.DEFAULT_LIMIT;
        // Lambda retries after about one and then two minutes; scaled down 60x so local runs stay fast.
        private List<Duration> asyncRetryDelays = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2));
        private Consumer<EventAttempt> eventListener = attempt -> { };
        private DependencyResolver dependencyResolver = MavenDependencyResolver.onDemand();
        private boolean hotReload = true;

        private Builder() {
        }

        /** How a Maven project's dependencies are resolved (default: {@code mvn} from MAVEN_HOME or PATH). */
        public Builder dependencyResolver(DependencyResolver resolver) {
            this.dependencyResolver = resolver;
            return this;
        }

        /** Whether rebuilt code on disk replaces the running version without a restart (default: on). */
        public Builder hotReload(boolean enabled) {
            this.hotReload = enabled;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** Where Stratus listens; functions get it as {@code AWS_ENDPOINT_URL}. */
        public Builder endpoint(URI endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        /** The clock for durations, timeouts and retry delays (default: the system clock). */
        public Builder clock(HostClock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Receives every function log line, prefixed, on the thread that logged it (default: the original
         * System.out, written asynchronously in batches by an {@link AsyncConsole}).
         */
        public Builder console(Consumer<String> console) {
            this.console = console;
            return this;
        }

        public Builder accountConcurrency(int limit) {
            this.accountConcurrency = limit;
            return this;
        }

        /** The delay before each retry of a failed Event invocation; the list's size is the retry count. */
        public Builder asyncRetryDelays(List<Duration> delays) {
            this.asyncRetryDelays = List.copyOf(delays);
            return this;
        }

        /** Told about each Event invocation attempt, e.g. for logging or destinations. */
        public Builder eventListener(Consumer<EventAttempt> listener) {
            this.eventListener = listener;
            return this;
        }

        public LambdaHost build() {
            return new LambdaHost(this);
        }
    }
}
