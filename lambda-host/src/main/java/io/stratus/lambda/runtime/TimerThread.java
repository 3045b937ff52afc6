package io.stratus.lambda.runtime;

import java.util.PriorityQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Delayed tasks on one daemon thread, for the system clock's timeouts and retry delays. Every invocation schedules
 * its timeout and almost always cancels it, so this timer keeps both cheap: scheduling wakes the thread only when
 * the new task is due before the one it sleeps for, and cancelling only drops the task's action (cancelled tasks
 * leave the queue when they come due, or in a purge once they are many).
 *
 * <p>A {@code ScheduledThreadPoolExecutor} woke its thread on every invocation: a lone task is always the head of
 * its queue, and a new head signals the waiting thread. On a two-core machine that wake-up competed with the
 * invocation itself.
 */
final class TimerThread implements AutoCloseable {
    /** Cancelled tasks are purged once there are this many and they are over half the queue. */
    private static final int PURGE_THRESHOLD = 1024;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** Due first, compared by difference as nanoTime readings must be; then in the order scheduled. */
    private final PriorityQueue<Task> queue = new PriorityQueue<>((a, b) -> {
        int byDue = Long.signum(a.due - b.due);
        return byDue != 0 ? byDue : Long.compare(a.sequence, b.sequence);
    });
    private final Thread thread;
    private long sequence;
    private int cancelled;
    /** Whether the thread is waiting, and if so until when; while it runs tasks nobody needs to wake it. */
    private boolean waiting;
    private boolean waitingForever;
    private long wakeAt;
    private boolean closed;

    /** Starts the timer's daemon thread, named {@code name}. */
    TimerThread(String name) {
        thread = new Thread(null, this::run, name, 0, false);
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs {@code action} on the timer thread once {@code delayNanos} have passed on {@link System#nanoTime()}. */
    HostClock.Scheduled schedule(long delayNanos, Runnable action) {
        lock.lock();
        try {
            Task task = new Task(System.nanoTime() + delayNanos, sequence++, action);
            queue.add(task);
            if (waiting && (waitingForever || task.due - wakeAt < 0)) {
                changed.signal();
            }
            return task;
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        lock.lock();
        try {
            while (!closed) {
                Task head = queue.peek();
                if (head != null && head.action == null) {
                    queue.poll();
                    cancelled--;
                    continue;
                }
                waiting = true;
                try {
                    if (head == null) {
                        waitingForever = true;
                        changed.await();
                        continue;
                    }
                    long delay = head.due - System.nanoTime();
                    if (delay > 0) {
                        waitingForever = false;
                        wakeAt = head.due;
                        changed.awaitNanos(delay);
                        continue;
                    }
                } catch (InterruptedException e) {
                    return;
                } finally {
                    waiting = false;
                }
                queue.poll();
                Runnable action = head.action;
                head.action = null;
                lock.unlock();
                try {
                    action.run();
                } catch (RuntimeException e) {
                    // A task's failure is its own (it completes futures); the timer must keep serving the others.
                } finally {
                    lock.lock();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many tasks the queue holds, cancelled ones included. */
    int queued() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /** Stops the thread; tasks not yet due never run. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            queue.clear();
            changed.signal();
        } finally {
            lock.unlock();
        }
    }

    /** A delayed task; its action is null once it has run or been cancelled. */
    private final class Task implements HostClock.Scheduled {
        final long due;
        final long sequence;
        Runnable action;

        Task(long due, long sequence, Runnable action) {
            this.due = due;
            this.sequence = sequence;
            this.action = action;
        }

        @Override
        public void cancel() {
            lock.lock();
            try {
                if (action == null) {
                    return;
                }
                // Dropping the action frees what it holds (an invocation's state) at once.
                action = null;
                cancelled++;
                if (cancelled >= PURGE_THRESHOLD && cancelled * 2 > queue.size()) {
                    queue.removeIf(task -> task.action == null);
                    cancelled = 0;
                }
            } finally {
                lock.unlock();
            }
        }
    }
}
