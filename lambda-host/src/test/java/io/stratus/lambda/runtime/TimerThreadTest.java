package io.stratus.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimerThreadTest {
    private final TimerThread timer = new TimerThread("test-timer");

    @AfterEach
    void close() {
        timer.close();
    }

    private static long millis(long value) {
        return TimeUnit.MILLISECONDS.toNanos(value);
    }

    @Test
    void tasksRunInTheOrderTheyComeDueWhateverOrderTheyWereScheduledIn() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(3);
        timer.schedule(millis(300), () -> { ran.add("late"); done.countDown(); });
        timer.schedule(millis(100), () -> { ran.add("early"); done.countDown(); });
        timer.schedule(millis(200), () -> { ran.add("middle"); done.countDown(); });

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly("early", "middle", "late");
    }

    @Test
    void aTaskDueSoonerThanTheOneAwaitedWakesTheTimer() throws Exception {
        CountDownLatch soon = new CountDownLatch(1);
        timer.schedule(millis(60_000), () -> { });
        Thread.sleep(50);
        long start = System.nanoTime();
        timer.schedule(millis(50), soon::countDown);

        assertThat(soon.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(4_000);
    }

    @Test
    void aCancelledTaskNeverRuns() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch after = new CountDownLatch(1);
        timer.schedule(millis(50), () -> ran.add("cancelled")).cancel();
        timer.schedule(millis(150), after::countDown);

        assertThat(after.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).isEmpty();
    }

    @Test
    void manyCancelledTasksArePurgedAndTheRestStillRun() throws Exception {
        CountDownLatch kept = new CountDownLatch(1);
        timer.schedule(millis(100), kept::countDown);
        for (int i = 0; i < 10_000; i++) {
            timer.schedule(millis(600_000), () -> { }).cancel();
        }
        assertThat(timer.queued()).isLessThanOrEqualTo(1_024);
        assertThat(kept.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aFailingTaskDoesNotStopTheTimer() throws Exception {
        CountDownLatch next = new CountDownLatch(1);
        timer.schedule(millis(10), () -> {
            throw new IllegalStateException("task failure");
        });
        timer.schedule(millis(50), next::countDown);

        assertThat(next.await(5, TimeUnit.SECONDS)).isTrue();
    }
}
