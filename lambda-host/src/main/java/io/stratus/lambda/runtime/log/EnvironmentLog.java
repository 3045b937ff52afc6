package io.stratus.lambda.runtime.log;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * One execution environment's log stream: bytes go to the running invocation's {@link InvocationLog}, and
 * every complete line is echoed to the host's console prefixed with the function name.
 */
public final class EnvironmentLog implements LogTarget {
    private final String prefix;
    private final Consumer<String> console;
    private final ByteArrayOutputStream pendingLine = new ByteArrayOutputStream(128);
    private volatile InvocationLog current;

    /**
     * @param functionName shown in front of each echoed line
     * @param console receives each complete line, prefixed
     */
    public EnvironmentLog(String functionName, Consumer<String> console) {
        this.prefix = "[" + functionName + "] ";
        this.console = console;
    }

    /** Starts capturing into {@code log} (output between invocations is only echoed). */
    public void capture(InvocationLog log) {
        this.current = log;
    }

    /** Stops capturing, echoing any unterminated last line. */
    public synchronized void endCapture() {
        flushPending();
        this.current = null;
    }

    /**
     * Writes a line the platform itself emits (START, END, REPORT...): one line, so it goes to the console as
     * it is, after whatever the function left unterminated, without the byte-by-byte scan function output needs.
     */
    public synchronized void line(String text) {
        InvocationLog log = current;
        if (log != null) {
            log.appendLine(text);
        }
        flushPending();
        console.accept(prefix + text);
    }

    @Override
    public synchronized void write(byte[] bytes, int off, int len) {
        InvocationLog log = current;
        if (log != null) {
            log.append(bytes, off, len);
        }
        for (int i = off; i < off + len; i++) {
            if (bytes[i] == '\n') {
                flushPending();
            } else {
                pendingLine.write(bytes[i]);
            }
        }
    }

    private void flushPending() {
        if (pendingLine.size() > 0) {
            console.accept(prefix + pendingLine.toString(StandardCharsets.UTF_8));
            pendingLine.reset();
        }
    }
}
