package io.stratus.server.lambda;

import io.stratus.gateway.template.FunctionDefinition;
import io.stratus.lambda.config.FunctionConfig;
import io.stratus.lambda.config.JavaRuntime;
import java.nio.file.Files;

/** Turns the template's function definitions into the host's configurations. */
public final class TemplateFunctions {

    private TemplateFunctions() {
    }

    /**
     * The configuration for {@code function}; its code must exist.
     *
     * @throws IllegalArgumentException naming the function when its code is missing, e.g.
     *     {@code Function HelloFunction: CodeUri hello-function not found (resolved to /abs/hello-function)}
     */
    public static FunctionConfig toConfig(FunctionDefinition function) {
        // The loader only lets Java runtimes through, so the lookup cannot fail for a loaded template.
        JavaRuntime runtime = JavaRuntime.fromId(function.runtime()).orElseThrow(() -> new IllegalArgumentException(
                "Function " + function.logicalId() + ": runtime " + function.runtime() + " is not a Java runtime"));
        FunctionConfig.Builder config = FunctionConfig.builder(function.functionName(), function.handler())
                .runtime(runtime)
                .memorySize(function.memorySize())
                .timeoutSeconds(function.timeout())
                .environment(function.environment());
        if (function.codeUri() != null) {
            if (!Files.exists(function.codeUri())) {
                throw new IllegalArgumentException("Function " + function.logicalId() + ": CodeUri "
                        + function.codeUri().getFileName() + " not found (resolved to " + function.codeUri() + ")");
            }
            config.codeLocation(function.codeUri());
        }
        function.reservedConcurrency().ifPresent(config::reservedConcurrentExecutions);
        return config.build();
    }
}
