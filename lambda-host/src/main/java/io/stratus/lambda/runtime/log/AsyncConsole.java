package io.stratus.lambda.runtime.log;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * The host's default console: function log lines are queued and written to a stream by one daemon thread, in
 * batches with one flush each, so an invocation never waits for a terminal, a pipe or an IDE console. Before,
 * every START, END and REPORT line was a flushed write on the invoking thread, three per warm invocation.
 *
 * <p>The queue is bounded: a console that cannot keep up at all slows the functions down instead of filling
 * the heap, and no line is dropped. {@link #close()} writes what is queued.
 */
public final class AsyncConsole implements Consumer<String>, AutoCloseable {
    /** Lines queued before writers wait: enough for bursts of many functions logging at once. */
    static final int CAPACITY = 16_384;
    private static final long CLOSE_WAIT_MILLIS = 5_000;
    /** Queued by {@link #close()}; compared by identity, so no logged line can be mistaken for it. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String END = new String("end of console");

    private final PrintStream out;
    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread writer;
    private volatile boolean closed;

    /** Starts the writer thread over {@code out}. */
    public AsyncConsole(PrintStream out) {
        this.out = out;
        this.writer = new Thread(null, this::writeUntilClosed, "stratus-lambda-console", 0, false);
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues one line (without its line separator); written in order. */
    @Override
    public void accept(String line) {
        if (closed) {
            synchronized (out) {
                out.println(line);
            }
            return;
        }
        try {
            lines.put(line);
        } catch (InterruptedException e) {
            // The invocation was interrupted (its timeout): keep the flag, and the line, written directly.
            Thread.currentThread().interrupt();
            synchronized (out) {
                out.println(line);
            }
        }
    }

    private void writeUntilClosed() {
        List<String> batch = new ArrayList<>(256);
        StringBuilder text = new StringBuilder(8192);
        String separator = System.lineSeparator();
        while (true) {
            try {
                batch.add(lines.take());
            } catch (InterruptedException e) {
                return;
            }
            lines.drainTo(batch);
            boolean end = false;
            for (String line : batch) {
                if (line == END) {
                    end = true;
                    break;
                }
                text.append(line).append(separator);
            }
            synchronized (out) {
                out.print(text);
                out.flush();
            }
            if (end) {
                return;
            }
            batch.clear();
            text.setLength(0);
        }
    }

    /** Writes the queued lines and stops the thread; later lines are written directly. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lines.put(END);
            writer.join(CLOSE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Lines queued by a writer that saw the console still open as it closed.
        List<String> rest = new ArrayList<>();
        lines.drainTo(rest);
        synchronized (out) {
            rest.stream().filter(line -> line != END).forEach(out::println);
            out.flush();
        }
    }
}
