package io.stratus.conformance.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * Event invocations are retried as Lambda retries them: twice after a function error, keeping the request id
 * ("Asynchronous invocation" in the Lambda developer guide). Stratus waits about 1 s and 2 s where Lambda waits
 * about one and two minutes, so a run of three attempts is over within seconds.
 */
@ExtendWith(LambdaTargetExtension.class)
class EventRetriesTest {

    /** The first attempt, both retries after 1 s and 2 s, and room for a loaded machine. */
    private static final Duration ALL_ATTEMPTS = Duration.ofSeconds(15);
    /** How long to watch for an attempt that should not come: longer than the last retry delay. */
    private static final Duration QUIET = Duration.ofMillis(2_500);

    private final LambdaClient lambda;

    EventRetriesTest(LambdaTarget target) {
        this.lambda = target.lambda();
    }

    private InvokeResponse invokeEvent(Path attempts, int failures) {
        String payload = "{\"attemptsFile\":\"" + attempts.toString().replace("\\", "\\\\") + "\",\"failures\":"
                + failures + "}";
        return lambda.invoke(r -> r.functionName(LambdaTarget.FLAKY).invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String(payload)));
    }

    private static List<String> awaitAttempts(Path attempts, int count) throws Exception {
        long deadline = System.nanoTime() + ALL_ATTEMPTS.toNanos();
        while (System.nanoTime() < deadline) {
            List<String> lines = read(attempts);
            if (lines.size() >= count) {
                return lines;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("expected " + count + " attempts within " + ALL_ATTEMPTS + ", saw " + read(attempts));
    }

    private static List<String> read(Path attempts) throws IOException {
        return Files.exists(attempts) ? Files.readAllLines(attempts, StandardCharsets.UTF_8) : List.of();
    }

    @Test
    void aHandlerThatFailsTwiceThenSucceedsIsInvokedThreeTimesWithOneRequestId(@TempDir Path dir) throws Exception {
        Path attempts = dir.resolve("attempts.txt");

        InvokeResponse accepted = invokeEvent(attempts, 2);

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(accepted.payload().asByteArray()).isEmpty();
        List<String> lines = awaitAttempts(attempts, 3);
        assertThat(lines).containsOnly(accepted.responseMetadata().requestId());
        Thread.sleep(QUIET.toMillis());
        assertThat(read(attempts)).as("no attempt after the one that succeeded").hasSize(3);
    }

    @Test
    void aHandlerThatKeepsFailingIsAttemptedThreeTimesInAll(@TempDir Path dir) throws Exception {
        Path attempts = dir.resolve("attempts.txt");

        invokeEvent(attempts, 10);

        awaitAttempts(attempts, 3);
        Thread.sleep(QUIET.toMillis());
        assertThat(read(attempts)).as("the first attempt and two retries, no more").hasSize(3);
    }

    @Test
    void aHandlerThatSucceedsAtOnceIsNotRetried(@TempDir Path dir) throws Exception {
        Path attempts = dir.resolve("attempts.txt");

        invokeEvent(attempts, 0);

        awaitAttempts(attempts, 1);
        Thread.sleep(QUIET.toMillis());
        assertThat(read(attempts)).hasSize(1);
    }
}
