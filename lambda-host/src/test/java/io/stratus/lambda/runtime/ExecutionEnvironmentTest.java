package io.stratus.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.lambda.HostTestSupport;
import io.stratus.lambda.InvocationResult;
import io.stratus.lambda.InvocationType;
import io.stratus.lambda.config.FunctionConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExecutionEnvironmentTest extends HostTestSupport {

    @Nested
    class ColdAndWarm {
        @Test
        void staticInitialiserAndConstructorRunOncePerEnvironment() {
            deploy("counter", "fixtures.Environments");
            Map<String, Object> first = json(invoke("counter", "{}"));
            Map<String, Object> second = json(invoke("counter", "{}"));
            assertThat(first).containsEntry("initialisations", 1).containsEntry("constructions", 1)
                    .containsEntry("calls", 1);
            assertThat(second).containsEntry("initialisations", 1).containsEntry("constructions", 1)
                    .containsEntry("calls", 2).containsEntry("logStream", first.get("logStream"));
        }

        @Test
        void initDurationIsReportedOnlyOnTheColdStart() {
            deploy("counter", "fixtures.Environments");
            InvocationResult cold = invoke("counter", "{}");
            InvocationResult warm = invoke("counter", "{}");
            assertThat(cold.logTail()).contains("\tInit Duration: ");
            assertThat(warm.logTail()).doesNotContain("Init Duration");
        }

        @Test
        void theHandlerRunsWithItsOwnClassLoaderAsContextLoader() {
            deploy("counter", "fixtures.Environments");
            assertThat(json(invoke("counter", "{}"))).containsEntry("contextLoaderIsMine", true);
        }
    }

    @Nested
    class ContextValues {
        @Test
        void contextDescribesTheFunctionAndTheInvocation() {
            host.deploy(FunctionConfig.builder("ctx-fn", "fixtures.Environments").memorySize(256).build());
            InvocationResult result = invoke("ctx-fn", "{}");
            Map<String, Object> context = json(result);
            assertThat(context)
                    .containsEntry("requestId", result.requestId())
                    .containsEntry("functionName", "ctx-fn")
                    .containsEntry("functionVersion", "$LATEST")
                    .containsEntry("arn", "arn:aws:lambda:us-east-1:000000000000:function:ctx-fn")
                    .containsEntry("memory", 256)
                    .containsEntry("logGroup", "/aws/lambda/ctx-fn")
                    .containsEntry("identityIsNull", true)
                    .containsEntry("clientContextIsNull", true);
            assertThat((String) context.get("logStream")).matches("2024/01/01/\\[\\$LATEST][0-9a-f]{32}");
            assertThat(result.requestId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(result.executedVersion()).isEqualTo("$LATEST");
        }

        @Test
        void remainingTimeCountsDownFromTheTimeoutOnTheHostClock() {
            deploy("counter", "fixtures.Environments");
            // The manual clock does not move while the handler runs.
            assertThat(json(invoke("counter", "{}"))).containsEntry("remaining", 3000);
        }
    }

    @Nested
    class ClientContexts {
        @Test
        void theInvokersClientContextReachesTheHandler() {
            deploy("echo", "fixtures.ClientContextEcho");
            String header = java.util.Base64.getEncoder().encodeToString(bytes(
                    "{\"client\":{\"installation_id\":\"inst-1\",\"app_title\":\"Shop\"},"
                            + "\"custom\":{\"tenant\":\"acme\"},\"env\":{\"platform\":\"Android\"}}"));

            InvocationResult result = host.invoke("echo", bytes("{}"), InvocationType.REQUEST_RESPONSE, header);

            assertThat(json(result)).containsEntry("present", true).containsEntry("installationId", "inst-1")
                    .containsEntry("appTitle", "Shop").containsEntry("custom", Map.of("tenant", "acme"))
                    .containsEntry("env", Map.of("platform", "Android"));
        }

        @Test
        void withoutAHeaderTheClientContextIsNull() {
            deploy("echo", "fixtures.ClientContextEcho");
            assertThat(json(invoke("echo", "{}"))).containsEntry("present", false);
        }

        @Test
        void anUndecodableClientContextIsRejectedBeforeTheFunctionRuns() {
            deploy("echo", "fixtures.ClientContextEcho");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> host.invoke("echo", bytes("{}"),
                            InvocationType.REQUEST_RESPONSE, "%%%"))
                    .isInstanceOf(io.stratus.lambda.error.LambdaException.class)
                    .hasMessage("Client context must be a valid Base64-encoded JSON object.");
            assertThat(console).noneMatch(line -> line.contains("START RequestId"));
        }
    }

    @Nested
    class InitPhase {
        @Test
        void aHangingInitFailsTheInvocationOnceTheInitLimitAndTheTimeoutHavePassed() throws Exception {
            host.deploy(FunctionConfig.builder("hanging", "fixtures.HangingInit").timeoutSeconds(3).build());
            CompletableFuture<InvocationResult> pending =
                    host.invokeAsync("hanging", bytes("\"x\""), InvocationType.REQUEST_RESPONSE);
            clock.awaitPending(1);

            clock.advance(Duration.ofSeconds(12));
            assertThat(pending).as("Lambda retries the init within the function's 3 s timeout").isNotDone();
            clock.advance(Duration.ofSeconds(1));
            InvocationResult timedOut = pending.get(5, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(timedOut.functionError()).isEqualTo("Unhandled");
            assertThat(text(timedOut)).isEqualTo("{\"errorMessage\":\"2024-01-01T00:00:13.000Z "
                    + timedOut.requestId() + " Task timed out after 3.00 seconds\"}");
        }
    }

    @Nested
    class Timeouts {
        @Test
        void aHandlerOverItsTimeoutFailsAndItsEnvironmentIsDiscarded() throws Exception {
            host.deploy(FunctionConfig.builder("slow", "fixtures.Environments").timeoutSeconds(3).build());
            json(invoke("slow", "{}"));
            CompletableFuture<InvocationResult> pending =
                    host.invokeAsync("slow", bytes("{\"sleepMillis\":60000}"), InvocationType.REQUEST_RESPONSE);
            clock.awaitPending(1);
            clock.advance(Duration.ofSeconds(3));
            InvocationResult timedOut = pending.get();

            assertThat(timedOut.functionError()).isEqualTo("Unhandled");
            assertThat(text(timedOut)).isEqualTo("{\"errorMessage\":\"2024-01-01T00:00:03.000Z "
                    + timedOut.requestId() + " Task timed out after 3.00 seconds\"}");
            assertThat(timedOut.logTail()).contains("REPORT RequestId: " + timedOut.requestId()
                    + "\tDuration: 3000.00 ms\tBilled Duration: 3000 ms");

            Map<String, Object> after = json(invoke("slow", "{}"));
            assertThat(after).containsEntry("calls", 1).containsEntry("initialisations", 1);
        }
    }

    @Nested
    class Errors {
        @Test
        void anUncaughtExceptionGivesTheRuntimesErrorJson() {
            deploy("failing", "fixtures.Failing");
            InvocationResult result = invoke("failing", "{}");
            assertThat(result.functionError()).isEqualTo("Unhandled");
            Map<String, Object> error = json(result);
            assertThat(error).containsOnlyKeys("errorMessage", "errorType", "stackTrace")
                    .containsEntry("errorMessage", "boom")
                    .containsEntry("errorType", "java.lang.IllegalStateException");
            @SuppressWarnings("unchecked")
            List<String> stackTrace = (List<String>) error.get("stackTrace");
            assertThat(stackTrace).containsExactly("fixtures.Failing.handleRequest(Failing.java:13)",
                    "fixtures.Failing.handleRequest(Failing.java:9)");
            assertThat(result.logTail()).contains("about to fail\n")
                    .contains("boom: java.lang.IllegalStateException\njava.lang.IllegalStateException: boom");
        }

        @Test
        void aFailingStaticInitialiserIsAnInitErrorOnEveryCall() {
            deploy("broken", "fixtures.BrokenInit");
            for (int i = 0; i < 2; i++) {
                InvocationResult result = invoke("broken", "\"x\"");
                assertThat(result.functionError()).isEqualTo("Unhandled");
                assertThat(text(result)).isEqualTo("{\"errorMessage\":\"Error loading class fixtures.BrokenInit\","
                        + "\"errorType\":\"java.lang.ExceptionInInitializerError\"}");
                assertThat(result.logTail()).contains("Init Duration");
            }
        }

        @Test
        void aFailingConstructorIsAnInitErrorWithItsException() {
            deploy("broken", "fixtures.BrokenConstructor");
            assertThat(text(invoke("broken", "\"x\""))).isEqualTo(
                    "{\"errorMessage\":\"no credentials\",\"errorType\":\"java.lang.IllegalArgumentException\"}");
        }
    }

    @Nested
    class Logs {
        @Test
        void outputIsCapturedBetweenStartEndAndReport() {
            deploy("logging", "fixtures.Logging");
            InvocationResult result = invoke("logging", "{}");
            String id = result.requestId();
            assertThat(result.logTail().lines().toList()).containsExactly(
                    "START RequestId: " + id + " Version: $LATEST",
                    "to stdout",
                    "to stderr",
                    "to the lambda logger",
                    "from a child thread",
                    "END RequestId: " + id,
                    result.logTail().lines().toList().get(6));
            assertThat(result.logTail().lines().toList().get(6)).matches("REPORT RequestId: " + id
                    + "\tDuration: \\d+\\.\\d\\d ms\tBilled Duration: \\d+ ms\tMemory Size: 128 MB"
                    + "\tMax Memory Used: \\d+ MB\tInit Duration: \\d+\\.\\d\\d ms\t");
        }

        @Test
        void linesAreEchoedToTheConsoleWithTheFunctionName() {
            deploy("logging", "fixtures.Logging");
            InvocationResult result = invoke("logging", "{}");
            assertThat(console).contains("[logging] START RequestId: " + result.requestId() + " Version: $LATEST",
                    "[logging] to stdout", "[logging] from a child thread");
        }
    }
}
