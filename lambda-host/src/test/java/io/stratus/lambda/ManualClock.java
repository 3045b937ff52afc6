package io.stratus.lambda;

import io.stratus.lambda.runtime.HostClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A clock that moves only when a test advances it; delayed tasks run on the advancing thread. */
public final class ManualClock implements HostClock {
    /** The instant the clock starts at. */
    public static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    private final List<Task> tasks = new ArrayList<>();
    private long nanos;

    private final class Task implements Scheduled {
        final long due;
        final Runnable action;

        Task(long due, Runnable action) {
            this.due = due;
            this.action = action;
        }

        @Override
        public void cancel() {
            synchronized (ManualClock.this) {
                tasks.remove(this);
            }
        }
    }

    @Override
    public synchronized Instant now() {
        return START.plusNanos(nanos);
    }

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized Scheduled schedule(Duration delay, Runnable action) {
        Task task = new Task(nanos + delay.toNanos(), action);
        tasks.add(task);
        notifyAll();
        return task;
    }

    /** Moves time forward and runs the tasks that fall due, in order. */
    public void advance(Duration duration) {
        List<Task> due = new ArrayList<>();
        synchronized (this) {
            nanos += duration.toNanos();
            for (Task task : tasks) {
                if (task.due <= nanos) {
                    due.add(task);
                }
            }
            tasks.removeAll(due);
        }
        due.sort(Comparator.comparingLong(t -> t.due));
        due.forEach(t -> t.action.run());
    }

    /** Waits (really) until at least {@code count} tasks are pending, e.g. until a handler has started. */
    public synchronized void awaitPending(int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        while (tasks.size() < count) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " pending tasks, have " + tasks.size());
            }
            wait(left);
        }
    }
}
