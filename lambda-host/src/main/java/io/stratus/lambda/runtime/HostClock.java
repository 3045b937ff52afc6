package io.stratus.lambda.runtime;

import java.time.Duration;
import java.time.Instant;

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

    /** The real clock: {@link Instant#now()}, {@link System#nanoTime()} and a {@link TimerThread}. */
    final class SystemClock implements HostClock, AutoCloseable {
        private final TimerThread timer;

        private SystemClock() {
            timer = new TimerThread("stratus-lambda-timer");
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
            return timer.schedule(delay.toNanos(), task);
        }

        @Override
        public void close() {
            timer.close();
        }
    }
}
