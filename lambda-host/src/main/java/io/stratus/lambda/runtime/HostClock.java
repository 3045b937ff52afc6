package io.stratus.lambda.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The host's source of time: wall-clock instants for timestamps, a monotonic counter for durations and
 * deadlines, and delayed tasks for timeouts and retries. Injected so that tests can drive time by hand.
 */
public interface HostClock {
    /** Now, for timestamps in logs and error messages. */
    Instant now();

    /** A monotonic reading in nanoseconds, for durations and deadlines. */
    long nanoTime();

    /** Runs {@code task} once {@code delay} has passed on this clock. */
    Scheduled schedule(Duration delay, Runnable task);

    /** A pending delayed task. */
    interface Scheduled {
        /** Prevents the task from running, if it has not started. */
        void cancel();
    }

    /** The real clock, with one daemon thread for delayed tasks. */
    static SystemClock system() {
        return new SystemClock();
    }

    /** The real clock: {@link Instant#now()}, {@link System#nanoTime()} and a scheduled executor. */
    final class SystemClock implements HostClock, AutoCloseable {
        private final ScheduledThreadPoolExecutor timer;

        private SystemClock() {
            timer = new ScheduledThreadPoolExecutor(1, r -> {
                Thread thread = new Thread(null, r, "stratus-lambda-timer", 0, false);
                thread.setDaemon(true);
                return thread;
            });
            timer.setRemoveOnCancelPolicy(true);
        }

        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public Scheduled schedule(Duration delay, Runnable task) {
            var future = timer.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }
}
