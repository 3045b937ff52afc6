package io.stratus.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.lambda.HostTestSupport;
import io.stratus.lambda.InvocationResult;
import io.stratus.lambda.InvocationType;
import io.stratus.lambda.LambdaHost;
import io.stratus.lambda.config.FunctionConfig;
import io.stratus.lambda.error.LambdaErrorCode;
import io.stratus.lambda.error.LambdaException;
import io.stratus.lambda.error.ThrottleReason;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DeployedFunctionTest extends HostTestSupport {
    private final BlockingQueue<EventAttempt> attempts = new LinkedBlockingQueue<>();

    @Override
    protected LambdaHost.Builder configure(LambdaHost.Builder builder) {
        return builder.eventListener(attempts::add)
                .asyncRetryDelays(List.of(Duration.ofMinutes(1), Duration.ofMinutes(2)));
    }

    @Nested
    class Concurrency {
        @Test
        void twoParallelInvocationsRunInTwoEnvironments() throws Exception {
            deploy("busy", "fixtures.Environments");
            CompletableFuture<InvocationResult> first =
                    host.invokeAsync("busy", bytes("{\"sleepMillis\":300}"), InvocationType.REQUEST_RESPONSE);
            CompletableFuture<InvocationResult> second =
                    host.invokeAsync("busy", bytes("{\"sleepMillis\":300}"), InvocationType.REQUEST_RESPONSE);
            Map<String, Object> a = json(first.get());
            Map<String, Object> b = json(second.get());
            assertThat(a.get("logStream")).isNotEqualTo(b.get("logStream"));
            assertThat(a).containsEntry("calls", 1);
            assertThat(b).containsEntry("calls", 1);

            Map<String, Object> third = json(invoke("busy", "{}"));
            assertThat(third.get("logStream")).isIn(a.get("logStream"), b.get("logStream"));
            assertThat(third).containsEntry("calls", 2);
        }

        @Test
        void reservedConcurrencyOfOneThrottlesTheSecondSynchronousInvocation() throws Exception {
            host.deploy(FunctionConfig.builder("single", "fixtures.Environments")
                    .reservedConcurrentExecutions(1).build());
            CompletableFuture<InvocationResult> running =
                    host.invokeAsync("single", bytes("{\"sleepMillis\":300}"), InvocationType.REQUEST_RESPONSE);
            clock.awaitPending(1);

            assertThatThrownBy(() -> invoke("single", "{}"))
                    .isInstanceOfSatisfying(LambdaException.class, e -> {
                        assertThat(e.code()).isEqualTo(LambdaErrorCode.TOO_MANY_REQUESTS);
                        assertThat(e.code().statusCode()).isEqualTo(429);
                        assertThat(e.getMessage()).isEqualTo("Rate Exceeded.");
                        assertThat(e.reason())
                                .contains(ThrottleReason.ReservedFunctionConcurrentInvocationLimitExceeded);
                    });
            assertThat(running.get().functionError()).isNull();
            assertThat(json(invoke("single", "{}"))).containsEntry("calls", 2);
        }

        @Test
        void eventInvocationsBeyondTheLimitWaitInTheQueue() throws Exception {
            host.deploy(FunctionConfig.builder("single", "fixtures.Environments")
                    .reservedConcurrentExecutions(1).build());
            host.invoke("single", bytes("{\"sleepMillis\":100}"), InvocationType.EVENT);
            host.invoke("single", bytes("{}"), InvocationType.EVENT);
            EventAttempt first = attempts.poll(5, TimeUnit.SECONDS);
            EventAttempt second = attempts.poll(5, TimeUnit.SECONDS);
            assertThat(first).isNotNull();
            assertThat(second).isNotNull();
            assertThat(second.execution().functionError()).isNull();
            assertThat(new String(second.execution().payload())).contains("\"calls\":2");
        }
    }

    @Nested
    class EventInvocations {
        @Test
        void aFailingEventIsRetriedTwiceAfterTheRetryDelaysWithTheSameRequestId() throws Exception {
            deploy("failing", "fixtures.Failing");
            InvocationResult accepted = host.invoke("failing", bytes("{}"), InvocationType.EVENT);
            assertThat(accepted.statusCode()).isEqualTo(202);
            assertThat(accepted.payload()).isEmpty();

            EventAttempt first = attempts.poll(5, TimeUnit.SECONDS);
            assertThat(first.attempt()).isEqualTo(1);
            assertThat(first.execution().requestId()).isEqualTo(accepted.requestId());
            assertThat(first.execution().functionError()).isEqualTo("Unhandled");

            clock.awaitPending(1);
            clock.advance(Duration.ofSeconds(59));
            assertThat(attempts.poll(100, TimeUnit.MILLISECONDS)).isNull();
            clock.advance(Duration.ofSeconds(1));
            EventAttempt second = attempts.poll(5, TimeUnit.SECONDS);
            assertThat(second.attempt()).isEqualTo(2);
            assertThat(second.execution().requestId()).isEqualTo(accepted.requestId());

            clock.awaitPending(1);
            clock.advance(Duration.ofMinutes(2));
            EventAttempt third = attempts.poll(5, TimeUnit.SECONDS);
            assertThat(third.attempt()).isEqualTo(3);

            clock.advance(Duration.ofMinutes(10));
            assertThat(attempts.poll(100, TimeUnit.MILLISECONDS)).isNull();
        }

        @Test
        void aSuccessfulEventIsNotRetried() throws Exception {
            deploy("ok", "fixtures.Environments");
            host.invoke("ok", bytes("{}"), InvocationType.EVENT);
            EventAttempt only = attempts.poll(5, TimeUnit.SECONDS);
            assertThat(only.execution().functionError()).isNull();
            clock.advance(Duration.ofMinutes(10));
            assertThat(attempts.poll(100, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void requestIdsAreDistinctVersionFourUuids() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = DeployedFunction.newRequestId();
            assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            ids.add(id);
        }
        assertThat(ids).hasSize(10_000);
    }
}
