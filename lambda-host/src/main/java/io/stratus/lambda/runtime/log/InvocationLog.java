package io.stratus.lambda.runtime.log;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Everything one invocation logged, from START to REPORT. */
public final class InvocationLog {
    /** {@code X-Amz-Log-Result} carries the last 4 KB of the log (Invoke API reference). */
    public static final int TAIL_BYTES = 4096;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);

    synchronized void append(byte[] data, int off, int len) {
        bytes.write(data, off, len);
    }

    /** Appends a line of text and its terminating newline. */
    synchronized void appendLine(String text) {
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        bytes.write('\n');
    }

    /** The whole log. */
    public synchronized String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The last {@link #TAIL_BYTES} bytes, as Lambda returns for {@code LogType: Tail}. */
    public synchronized String tail() {
        byte[] all = bytes.toByteArray();
        byte[] tail = all.length <= TAIL_BYTES ? all : Arrays.copyOfRange(all, all.length - TAIL_BYTES, all.length);
        return new String(tail, StandardCharsets.UTF_8);
    }
}
