package io.stratus.lambda.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One Lambda function's configuration: what the {@code CreateFunction} API or a SAM template says about it.
 *
 * @param functionName the function's name (not an ARN)
 * @param handler {@code pkg.Class::method} or {@code pkg.Class}
 * @param runtime the Java runtime
 * @param memorySize MB, Lambda's default 128
 * @param timeoutSeconds seconds, Lambda's default 3
 * @param environment the function's own environment variables
 * @param codeLocation a classes directory, a jar, or a zip with classes at its root and {@code lib/*.jar};
 *     empty means the host's classpath (embedded mode)
 * @param reservedConcurrentExecutions the function's concurrency limit, if reserved
 */
public record FunctionConfig(
        String functionName,
        String handler,
        JavaRuntime runtime,
        int memorySize,
        int timeoutSeconds,
        Map<String, String> environment,
        Optional<Path> codeLocation,
        OptionalInt reservedConcurrentExecutions) {

    /** Lambda's default memory size in MB ("Configuring Lambda function memory"). */
    public static final int DEFAULT_MEMORY_SIZE = 128;
    /** Lambda's default timeout in seconds ("Configuring Lambda function timeout"). */
    public static final int DEFAULT_TIMEOUT_SECONDS = 3;

    public FunctionConfig {
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(runtime, "runtime");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(codeLocation, "codeLocation");
        Objects.requireNonNull(reservedConcurrentExecutions, "reservedConcurrentExecutions");
        if (memorySize <= 0) {
            throw new IllegalArgumentException("memorySize must be positive: " + memorySize);
        }
        if (timeoutSeconds <= 0) {
            throw new IllegalArgumentException("timeoutSeconds must be positive: " + timeoutSeconds);
        }
        if (reservedConcurrentExecutions.isPresent() && reservedConcurrentExecutions.getAsInt() < 0) {
            throw new IllegalArgumentException("reservedConcurrentExecutions must not be negative");
        }
    }

    /** Starts a configuration for the named function with the given handler; the runtime defaults to java17. */
    public static Builder builder(String functionName, String handler) {
        return new Builder(functionName, handler);
    }

    /** Builds a {@link FunctionConfig}, starting from Lambda's defaults. */
    public static final class Builder {
        private final String functionName;
        private final String handler;
        private JavaRuntime runtime = JavaRuntime.JAVA17;
        private int memorySize = DEFAULT_MEMORY_SIZE;
        private int timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private Path codeLocation;
        private Integer reservedConcurrentExecutions;

        private Builder(String functionName, String handler) {
            this.functionName = functionName;
            this.handler = handler;
        }

        public Builder runtime(JavaRuntime runtime) {
            this.runtime = runtime;
            return this;
        }

        public Builder memorySize(int megabytes) {
            this.memorySize = megabytes;
            return this;
        }

        public Builder timeoutSeconds(int seconds) {
            this.timeoutSeconds = seconds;
            return this;
        }

        public Builder environment(Map<String, String> variables) {
            this.environment.putAll(variables);
            return this;
        }

        public Builder environmentVariable(String name, String value) {
            this.environment.put(name, value);
            return this;
        }

        public Builder codeLocation(Path location) {
            this.codeLocation = location;
            return this;
        }

        public Builder reservedConcurrentExecutions(int limit) {
            this.reservedConcurrentExecutions = limit;
            return this;
        }

        public FunctionConfig build() {
            return new FunctionConfig(functionName, handler, runtime, memorySize, timeoutSeconds, environment,
                    Optional.ofNullable(codeLocation),
                    reservedConcurrentExecutions == null
                            ? OptionalInt.empty() : OptionalInt.of(reservedConcurrentExecutions));
        }
    }
}
