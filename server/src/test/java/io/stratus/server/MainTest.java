package io.stratus.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.server.cli.Usage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return Main.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), server -> {
                    throw new AssertionError("server should not have started");
                });
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out()).isEqualTo(Usage.TEXT);
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertThat(run(Map.of(), "--version")).isZero();
        assertThat(out()).isEqualTo("stratus " + StratusVersion.current() + System.lineSeparator());
        assertThat(StratusVersion.current()).isNotBlank().doesNotContain("${");
    }

    @Test
    void badOptionExitsTwoWithAOneLineReason() {
        assertThat(run(Map.of(), "--bogus")).isEqualTo(2);
        assertThat(err()).isEqualTo("stratus: unknown option '--bogus'" + System.lineSeparator()
                + "Try 'stratus --help' for usage." + System.lineSeparator());
    }

    @Test
    void badEnvironmentVariableExitsTwo() {
        assertThat(run(Map.of("STRATUS_LOG_LEVEL", "chatty"))).isEqualTo(2);
        assertThat(err()).startsWith("stratus: invalid STRATUS_LOG_LEVEL 'chatty'");
    }

    @Test
    void startOnPortZeroPrintsTheChosenPortAndHandsTheServerOver() {
        int[] seen = new int[1];
        int code = Main.run(new String[] {"start", "--port", "0", "--log-level", "warn"}, Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                server -> {
                    seen[0] = server.port();
                    server.close();
                });

        assertThat(code).isZero();
        assertThat(seen[0]).isPositive();
        assertThat(out()).isEqualTo("Stratus listening on port " + seen[0] + System.lineSeparator());
    }

    @Test
    void portInUseExitsOneNamingPortAndHost() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            assertThat(run(Map.of(), "--port", Integer.toString(port), "--log-level", "warn")).isEqualTo(1);
            assertThat(err()).isEqualTo("stratus: Port " + port + " is already in use on 127.0.0.1" + System.lineSeparator());
        }
    }

    @Test
    void missingTemplateExitsOne(@TempDir Path dir) {
        Path missing = dir.resolve("template.yaml");

        assertThat(run(Map.of("STRATUS_TEMPLATE", missing.toString()), "--port", "0")).isEqualTo(1);
        assertThat(err()).isEqualTo("stratus: Template not found: " + missing + System.lineSeparator());
    }

    private static final String FUNCTION_TEMPLATE = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              UpperFunction:
                Type: AWS::Serverless::Function
                Properties:
                  FunctionName: upper
                  Handler: io.stratus.server.lambda.UpperCaseHandler
                  Runtime: java17
                  Environment:
                    Variables:
                      LOG_LEVEL: info
                      STAGE: aws
            """;

    private int start(Map<String, String> env, java.util.function.Consumer<StratusServer> afterStart, String... args) {
        return Main.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), afterStart);
    }

    @Test
    void envVarsOverrideTheTemplatesValuesPerFunctionAndForAll(@TempDir Path dir) throws IOException {
        Path template = java.nio.file.Files.writeString(dir.resolve("template.yaml"), FUNCTION_TEMPLATE);
        Path envVars = java.nio.file.Files.writeString(dir.resolve("env.json"), """
                {"UpperFunction": {"LOG_LEVEL": "debug"}, "Parameters": {"STAGE": "local", "LOG_LEVEL": "warn"}}
                """);
        Map<String, String> seen = new java.util.HashMap<>();

        int code = start(Map.of(), server -> {
            seen.putAll(server.lambdaHost().function("upper").orElseThrow().environment());
            server.close();
        }, "--template", template.toString(), "--env-vars", envVars.toString(), "--port", "0", "--log-level", "off");

        assertThat(code).as(err()).isZero();
        assertThat(seen).containsEntry("LOG_LEVEL", "debug").containsEntry("STAGE", "local");
    }

    @Test
    void envVarsTheTemplateDoesNotDeclareAreIgnoredAsSamDoes(@TempDir Path dir) throws IOException {
        Path template = java.nio.file.Files.writeString(dir.resolve("template.yaml"), FUNCTION_TEMPLATE);
        Path envVars = java.nio.file.Files.writeString(dir.resolve("env.json"), """
                {"upper": {"EXTRA": "x"}, "Parameters": {"OTHER": "y"}}
                """);
        Map<String, String> seen = new java.util.HashMap<>();

        int code = start(Map.of(), server -> {
            seen.putAll(server.lambdaHost().function("upper").orElseThrow().environment());
            server.close();
        }, "--template", template.toString(), "--env-vars", envVars.toString(), "--port", "0", "--log-level", "off");

        assertThat(code).isZero();
        assertThat(seen).doesNotContainKeys("EXTRA", "OTHER").containsEntry("STAGE", "aws");
    }

    @Test
    void aBadEnvVarsFileExitsOneWithTheReason(@TempDir Path dir) throws IOException {
        Path envVars = java.nio.file.Files.writeString(dir.resolve("env.json"), "{\"Fn\": 1}");

        assertThat(run(Map.of(), "--env-vars", envVars.toString(), "--port", "0")).isEqualTo(1);
        assertThat(err()).isEqualTo("stratus: Invalid env-vars file " + envVars
                + ": \"Fn\" must be an object of variable names to values" + System.lineSeparator());
    }

    @Test
    void aMissingEnvVarsFileExitsOne(@TempDir Path dir) {
        Path missing = dir.resolve("env.json");

        assertThat(run(Map.of("STRATUS_ENV_VARS", missing.toString()), "--port", "0")).isEqualTo(1);
        assertThat(err()).isEqualTo("stratus: Env-vars file not found: " + missing + System.lineSeparator());
    }

    @Test
    void aBadTemplateExitsOneNamingTheFileAndTheProblem(@TempDir Path dir) throws IOException {
        Path template = java.nio.file.Files.writeString(dir.resolve("template.yaml"), "Resources: [1, 2\n");

        assertThat(run(Map.of(), "--template", template.toString(), "--port", "0", "--log-level", "off")).isEqualTo(1);
        assertThat(err()).startsWith("stratus: Invalid template " + template + ": ")
                .endsWith(System.lineSeparator())
                .hasLineCount(1);
    }

    @Test
    void aMissingJwksFileExitsOne(@TempDir Path dir) throws IOException {
        Path template = java.nio.file.Files.writeString(dir.resolve("template.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: io.stratus.server.lambda.UpperCaseHandler
                      Runtime: java17
                      Events:
                        Get: {Type: HttpApi, Properties: {Path: /x, Method: get}}
                """);
        Path missing = dir.resolve("jwks.json");

        assertThat(run(Map.of(), "--template", template.toString(), "--jwks", missing.toString(), "--port", "0",
                "--log-level", "off")).isEqualTo(1);
        assertThat(err()).startsWith("stratus: Cannot read JWKS " + missing).hasLineCount(1);
    }
}
