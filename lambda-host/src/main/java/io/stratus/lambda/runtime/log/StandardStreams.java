package io.stratus.lambda.runtime.log;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Replaces System.out and System.err, once, with streams that send what a thread prints to the log of
 * the execution environment it works for, and everything else to the original streams.
 *
 * <p>The binding is inherited by threads a handler starts, so their output lands in the function's log too.
 */
public final class StandardStreams {
    private static final InheritableThreadLocal<LogTarget> TARGET = new InheritableThreadLocal<>();
    private static final Object INSTALL_LOCK = new Object();
    private static int installs;
    private static PrintStream originalOut;
    private static PrintStream originalErr;

    private StandardStreams() {
    }

    /** Installs the demultiplexing streams (counted: each install needs an {@link #uninstall()}). */
    public static void install() {
        synchronized (INSTALL_LOCK) {
            if (installs++ == 0) {
                originalOut = System.out;
                originalErr = System.err;
                System.setOut(demultiplexing(originalOut));
                System.setErr(demultiplexing(originalErr));
            }
        }
    }

    /** Restores the original streams when the last installer is done. */
    public static void uninstall() {
        synchronized (INSTALL_LOCK) {
            if (installs > 0 && --installs == 0) {
                System.setOut(originalOut);
                System.setErr(originalErr);
            }
        }
    }

    /** The stream that was System.out before installation (or is now, when not installed). */
    public static PrintStream originalOut() {
        synchronized (INSTALL_LOCK) {
            return installs > 0 ? originalOut : System.out;
        }
    }

    /** Routes the current thread's (and its future children's) output to {@code target}. */
    public static void bind(LogTarget target) {
        TARGET.set(target);
    }

    /** Stops routing the current thread's output. */
    public static void unbind() {
        TARGET.remove();
    }

    private static PrintStream demultiplexing(PrintStream original) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int off, int len) {
                LogTarget target = TARGET.get();
                if (target == null) {
                    original.write(bytes, off, len);
                } else {
                    target.write(bytes, off, len);
                }
            }

            @Override
            public void flush() {
                original.flush();
            }
        }, true, StandardCharsets.UTF_8);
    }
}
