package io.stratus.gateway.template;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A Lambda function declared by the template ({@code AWS::Serverless::Function} or {@code AWS::Lambda::Function}),
 * with SAM's Globals merged in and every intrinsic function resolved.
 *
 * @param logicalId           the resource's logical id in the template
 * @param functionName        the physical name ({@code FunctionName}, or generated like CloudFormation does)
 * @param handler             {@code pkg.Class::method} or {@code pkg.Class}
 * @param runtime             the runtime identifier, always one of the Java runtimes, e.g. {@code java17}
 * @param memorySize          MB; Lambda's default 128 when the template says nothing
 * @param timeout             seconds; Lambda's default 3 when the template says nothing
 * @param environment         {@code Environment.Variables}, resolved to strings, in template order
 * @param codeUri             the code as an absolute path (a directory, jar or zip), or {@code null} when the template
 *                            names no local code and the handler comes from the host's classpath
 * @param reservedConcurrency {@code ReservedConcurrentExecutions}, when set
 */
public record FunctionDefinition(String logicalId, String functionName, String handler, String runtime,
                                 int memorySize, int timeout, Map<String, String> environment, Path codeUri,
                                 OptionalInt reservedConcurrency) {

    /** Lambda's default memory size in MB ("Configure Lambda function memory"). */
    public static final int DEFAULT_MEMORY_SIZE = 128;
    /** Lambda's default timeout in seconds ("Configure Lambda function timeout"). */
    public static final int DEFAULT_TIMEOUT = 3;

    /** Copies the environment so the record stays immutable; checks the required members. */
    public FunctionDefinition {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(runtime, "runtime");
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        Objects.requireNonNull(reservedConcurrency, "reservedConcurrency");
    }
}
