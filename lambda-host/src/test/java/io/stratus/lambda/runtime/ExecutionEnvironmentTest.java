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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /**
     * Function code that calls System.exit would end Stratus's JVM; Lambda ends only the function's sandbox and
     * reports {@code Runtime.ExitError}. Had the rewriting failed, these tests would end the test JVM.
     */
    @Nested
    class ProcessExits {
        private InvocationResult exit(String how, int status) {
            return invoke("exiting", "{\"how\":\"" + how + "\",\"status\":" + status + "}");
        }

        private void assertExitError(InvocationResult result, String reason) {
            assertThat(result.functionError()).isEqualTo("Unhandled");
            assertThat(text(result)).isEqualTo("{\"errorType\":\"Runtime.ExitError\",\"errorMessage\":\"RequestId: "
                    + result.requestId() + " Error: " + reason + "\"}");
        }

        @ParameterizedTest
        @ValueSource(strings = {"System.exit", "Runtime.exit", "Runtime.halt", "System::exit", "Runtime::exit"})
        void everyWayOfExitingFailsTheInvocationWithRuntimeExitError(String how) {
            deploy("exiting", "fixtures.Exiting");
            assertExitError(exit(how, 1), "Runtime exited with error: exit status 1");
        }

        @Test
        void theExitEndsTheEnvironmentSoTheNextInvocationStartsCold() {
            deploy("exiting", "fixtures.Exiting");
            assertThat(text(invoke("exiting", "{}"))).isEqualTo("\"calls 1\"");
            exit("System.exit", 1);
            InvocationResult next = invoke("exiting", "{}");
            assertThat(text(next)).isEqualTo("\"calls 1\"");
            assertThat(next.logTail()).contains("Init Duration");
        }

        @Test
        void theLogShowsTheExitBeforeEnd() {
            deploy("exiting", "fixtures.Exiting");
            InvocationResult result = exit("System.exit", 1);
            String id = result.requestId();
            assertThat(result.logTail()).contains("START RequestId: " + id + " Version: $LATEST\n"
                    + "RequestId: " + id + " Error: Runtime exited with error: exit status 1\n"
                    + "Runtime.ExitError\n"
                    + "END RequestId: " + id + "\n");
        }

        @Test
        void statusZeroExitsWithoutAReasonAndStatusesAreReducedToEightBits() {
            deploy("exiting", "fixtures.Exiting");
            assertExitError(exit("System.exit", 0), "Runtime exited without providing a reason");
            assertExitError(exit("System.exit", -1), "Runtime exited with error: exit status 255");
            assertExitError(exit("Runtime.halt", 258), "Runtime exited with error: exit status 2");
        }

        @Test
        void anExitTheHandlerCatchesStillEndsTheEnvironment() {
            deploy("exiting", "fixtures.Exiting");
            assertExitError(exit("swallowed", 3), "Runtime exited with error: exit status 3");
            assertThat(text(invoke("exiting", "{}"))).isEqualTo("\"calls 1\"");
        }

        @Test
        void anExitOnAThreadTheHandlerStartedEndsTheEnvironment() {
            deploy("exiting", "fixtures.Exiting");
            assertExitError(exit("background", 4), "Runtime exited with error: exit status 4");
            assertThat(text(invoke("exiting", "{}"))).isEqualTo("\"calls 1\"");
        }

        @Test
        void anExitDuringInitIsAnInitErrorOnEveryCall() {
            deploy("exiting-init", "fixtures.ExitingInit");
            for (int i = 0; i < 2; i++) {
                InvocationResult result = invoke("exiting-init", "{}");
                assertExitError(result, "Runtime exited with error: exit status 2");
                assertThat(result.logTail()).contains("Runtime.ExitError\nEND RequestId: " + result.requestId())
                        .contains("Init Duration");
            }
        }
    }

    /** The runtime reports a VirtualMachineError like any error, then exits: the environment is not reused. */
    @Nested
    class VirtualMachineErrors {
        @Test
        void aStackOverflowFailsTheInvocationAndDiscardsTheEnvironment() {
            deploy("vm", "fixtures.VmErrors");
            assertThat(text(invoke("vm", "{}"))).isEqualTo("\"calls 1\"");

            InvocationResult overflow = invoke("vm", "{\"error\":\"stack\"}");
            assertThat(overflow.functionError()).isEqualTo("Unhandled");
            assertThat(json(overflow)).containsEntry("errorMessage", "java.lang.StackOverflowError")
                    .containsEntry("errorType", "java.lang.StackOverflowError");

            assertThat(text(invoke("vm", "{}"))).isEqualTo("\"calls 1\"");
        }

        @Test
        void anOutOfMemoryErrorFailsTheInvocationAndDiscardsTheEnvironment() {
            deploy("vm", "fixtures.VmErrors");
            assertThat(text(invoke("vm", "{}"))).isEqualTo("\"calls 1\"");

            InvocationResult oom = invoke("vm", "{\"error\":\"heap\"}");
            assertThat(oom.functionError()).isEqualTo("Unhandled");
            assertThat(json(oom)).containsEntry("errorMessage", "Requested array size exceeds VM limit")
                    .containsEntry("errorType", "java.lang.OutOfMemoryError");
            assertThat(oom.logTail()).contains("Requested array size exceeds VM limit: java.lang.OutOfMemoryError");

            assertThat(text(invoke("vm", "{}"))).isEqualTo("\"calls 1\"");
        }
    }

    @Nested
    class ReportFigures {
        @Test
        void millisecondsHaveTwoDecimalsRoundedHalfUpAsPercentTwoF() {
            assertThat(ExecutionEnvironment.appendMillis(new StringBuilder(), 0L)).hasToString("0.00");
            assertThat(ExecutionEnvironment.appendMillis(new StringBuilder(), 1_234_999L)).hasToString("1.23");
            assertThat(ExecutionEnvironment.appendMillis(new StringBuilder(), 1_235_000L)).hasToString("1.24");
            assertThat(ExecutionEnvironment.appendMillis(new StringBuilder(), 70_000L)).hasToString("0.07");
            assertThat(ExecutionEnvironment.appendMillis(new StringBuilder(), 3_000_000_000L)).hasToString("3000.00");
            assertThat(ExecutionEnvironment.appendMillis(new StringBuilder(), 999_995_000L)).hasToString("1000.00");
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
