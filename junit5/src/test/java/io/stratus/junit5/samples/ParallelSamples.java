package io.stratus.junit5.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.junit5.ResetMode;
import io.stratus.junit5.StratusTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Concurrent tests on one instance each write items and count them: a reset by another test in between
 * would make the count wrong, so they pass only if resets exclude concurrent tests.
 */
public final class ParallelSamples {
    private ParallelSamples() {
    }

    /** Methods run concurrently on one instance. */
    @StratusTest(template = "template.yaml", reset = ResetMode.BEFORE_EACH)
    @Execution(ExecutionMode.CONCURRENT)
    public static class ConcurrentMethodsA {
        @RepeatedTest(6)
        void writesAndCounts(DynamoDbClient dynamo, RepetitionInfo repetition) throws InterruptedException {
            writeAndCount(dynamo, "a" + repetition.getCurrentRepetition());
        }
    }

    /** The same, on an instance shared with {@link ConcurrentMethodsC}. */
    @StratusTest(template = "template.yaml", reset = ResetMode.BEFORE_EACH, shared = true,
            parameters = "Stage=dev")
    @Execution(ExecutionMode.CONCURRENT)
    public static class ConcurrentMethodsB {
        @RepeatedTest(6)
        void writesAndCounts(DynamoDbClient dynamo, RepetitionInfo repetition) throws InterruptedException {
            writeAndCount(dynamo, "b" + repetition.getCurrentRepetition());
        }
    }

    /** See {@link ConcurrentMethodsB}. */
    @StratusTest(template = "template.yaml", reset = ResetMode.BEFORE_EACH, shared = true,
            parameters = "Stage=dev")
    @Execution(ExecutionMode.CONCURRENT)
    public static class ConcurrentMethodsC {
        @RepeatedTest(6)
        void writesAndCounts(DynamoDbClient dynamo, RepetitionInfo repetition) throws InterruptedException {
            writeAndCount(dynamo, "c" + repetition.getCurrentRepetition());
        }
    }

    static void writeAndCount(DynamoDbClient dynamo, String prefix) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            Items.put(dynamo, prefix + "-" + i);
            // Leaves room for another test's reset to land here if the lock did not keep it out.
            Thread.sleep(5);
        }
        assertThat(Items.count(dynamo)).isEqualTo(3);
    }
}
