package io.stratus.junit5.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.junit5.Stratus;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Measures what a test class pays for its instance in a warm JVM: start with a small template (a table and a
 * function) plus a first ListTables, after one start that warms class loading. Prints the median; asserts only
 * that every start was complete, since timings on shared CI machines make poor assertions. Isolated: the
 * parallel classes of this module would otherwise compete for the same cores.
 */
@Isolated
class EmbeddedStartTimeTest {
    private static final int RUNS = 10;

    @Test
    void embeddedStartWithASmallTemplateInAWarmJvm() {
        startAndList();
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            startAndList();
            millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("Embedded start + ListTables, warm JVM, %d runs: median %d ms, min %d ms, max %d ms%n",
                RUNS, (millis[RUNS / 2 - 1] + millis[RUNS / 2]) / 2, millis[0], millis[RUNS - 1]);
    }

    private static void startAndList() {
        try (Stratus stratus = Stratus.builder().template("template.yaml").start()) {
            assertThat(stratus.dynamoDb().listTables().tableNames()).containsExactly("orders");
        }
    }
}
