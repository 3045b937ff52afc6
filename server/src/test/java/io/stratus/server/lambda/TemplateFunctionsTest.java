package io.stratus.server.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.gateway.template.FunctionDefinition;
import io.stratus.lambda.config.FunctionConfig;
import io.stratus.lambda.config.JavaRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateFunctionsTest {

    @Test
    void definitionBecomesTheHostsConfiguration(@TempDir Path dir) throws Exception {
        Path code = Files.createDirectory(dir.resolve("hello-function"));
        FunctionConfig config = TemplateFunctions.toConfig(new FunctionDefinition("Hello", "hello", "a.B::handle",
                "java21", 512, 20, Map.of("K", "V"), code, OptionalInt.of(2)));

        assertThat(config).isEqualTo(FunctionConfig.builder("hello", "a.B::handle").runtime(JavaRuntime.JAVA21)
                .memorySize(512).timeoutSeconds(20).environmentVariable("K", "V").codeLocation(code)
                .reservedConcurrentExecutions(2).build());
    }

    @Test
    void missingCodeNamesTheFunctionAndTheResolvedPath(@TempDir Path dir) {
        Path missing = dir.resolve("hello-function");

        assertThatThrownBy(() -> TemplateFunctions.toConfig(new FunctionDefinition("HelloFunction", "hello", "a.B",
                "java17", 128, 3, Map.of(), missing, OptionalInt.empty())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Function HelloFunction: CodeUri hello-function not found (resolved to " + missing + ")");
    }
}
