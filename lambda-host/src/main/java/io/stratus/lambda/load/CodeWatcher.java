package io.stratus.lambda.load;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Notices rebuilt function code by polling each watched {@link CodeSource}'s {@link CodeStamp} on one daemon
 * thread. A change is reported once it has settled, i.e. the stamp was the same on two polls in a row, so a
 * compiler writing many class files (or a jar being written) causes one reload, after the last write.
 *
 * <p>Polling rather than a {@code WatchService}: it behaves the same on Linux and macOS (where the JDK's
 * service itself polls, every 2 to 10 s), needs no recursive registration of new directories, and follows a
 * {@code target/} directory that {@code mvn clean} deletes and recreates. Stamping a tree is a few hundred
 * {@code stat} calls per function per poll. Wall time, not the host clock: rebuilds happen in real time.
 */
public final class CodeWatcher implements AutoCloseable {
    /** How often code is stamped; a settled change is seen within two intervals. */
    public static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final List<Watch> watches = new CopyOnWriteArrayList<>();
    private final Consumer<String> console;
    private final boolean polling;
    private final Object startLock = new Object();
    private Thread thread;
    private volatile boolean closed;

    /** A watcher that reports failures of stamping or reloading to {@code console}. */
    public CodeWatcher(Consumer<String> console) {
        this(console, true);
    }

    /** With {@code polling} false no thread starts: tests call {@link #pollOnce} themselves. */
    CodeWatcher(Consumer<String> console, boolean polling) {
        this.console = console;
        this.polling = polling;
    }

    /**
     * Calls {@code onChange} on the watcher's thread each time {@code source} settles on a stamp other than the
     * one its code was last laid out from (initially {@code laidOutFrom}).
     *
     * @return closes the watch
     */
    public AutoCloseable watch(CodeSource source, CodeStamp laidOutFrom, Runnable onChange) {
        Watch watch = new Watch(source, laidOutFrom, onChange);
        watches.add(watch);
        ensureStarted();
        return () -> watches.remove(watch);
    }

    private void ensureStarted() {
        synchronized (startLock) {
            if (polling && thread == null && !closed) {
                thread = new Thread(null, this::pollUntilClosed, "stratus-code-watcher", 0, false);
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    private void pollUntilClosed() {
        while (!closed) {
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            pollOnce();
        }
    }

    /** Stamps every watched source once, reporting the changes that have settled. */
    void pollOnce() {
        for (Watch watch : watches) {
            watch.poll();
        }
    }

    /** Stops polling. */
    @Override
    public void close() {
        closed = true;
        synchronized (startLock) {
            if (thread != null) {
                thread.interrupt();
            }
        }
    }

    /** One source's state; only the watcher thread touches it after construction. */
    private final class Watch {
        private final CodeSource source;
        private final Runnable onChange;
        private CodeStamp applied;
        private CodeStamp pending;

        Watch(CodeSource source, CodeStamp laidOutFrom, Runnable onChange) {
            this.source = source;
            this.applied = laidOutFrom;
            this.onChange = onChange;
        }

        void poll() {
            Optional<CodeStamp> now;
            try {
                now = source.stamp();
            } catch (RuntimeException e) {
                console.accept("Cannot check " + source.describe() + " for changes: " + e.getMessage());
                return;
            }
            if (now.isEmpty() || now.get().equals(applied)) {
                pending = null;
                return;
            }
            if (!now.get().equals(pending)) {
                // Still being written, or just noticed: wait for it to settle.
                pending = now.get();
                return;
            }
            applied = pending;
            pending = null;
            try {
                onChange.run();
            } catch (RuntimeException e) {
                console.accept("Cannot reload " + source.describe() + ": " + e.getMessage());
            }
        }
    }
}
