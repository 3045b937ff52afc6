package io.stratus.dynamo;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * Where a response body is written before it is copied out once at its exact size: one buffer per
 * thread, reused from request to request, so a 100 KB Query answer no longer grows a fresh
 * {@code ByteArrayOutputStream} from 256 bytes by doubling. Not synchronized: one thread writes it.
 * A buffer that grew past {@link #KEPT_BYTES} is dropped after use, so a rare huge answer does not
 * pin its memory to a worker thread for good.
 */
final class ResponseBuffer extends OutputStream {

    /** The first size of a thread's buffer: a GetItem or PutItem answer fits. */
    private static final int INITIAL_BYTES = 4 * 1024;
    /** The largest buffer a thread keeps between requests: a 1 MB Query page with room for its JSON. */
    static final int KEPT_BYTES = 2 * 1024 * 1024;

    private static final ThreadLocal<ResponseBuffer> PER_THREAD = ThreadLocal.withInitial(ResponseBuffer::new);

    private byte[] buf = new byte[INITIAL_BYTES];
    private int count;
    private boolean inUse;

    private ResponseBuffer() {
    }

    /**
     * This thread's buffer, emptied; a fresh one when this thread's is already in use (an engine
     * call made while another is writing its answer). Give it back with {@link #release()}.
     */
    static ResponseBuffer acquire() {
        ResponseBuffer buffer = PER_THREAD.get();
        if (buffer.inUse) {
            buffer = new ResponseBuffer();
        }
        buffer.inUse = true;
        buffer.count = 0;
        return buffer;
    }

    @Override
    public void write(int b) {
        ensure(1);
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    private void ensure(int more) {
        if (count + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
        }
    }

    /** The bytes written, copied at their exact length. */
    byte[] toByteArray() {
        return Arrays.copyOf(buf, count);
    }

    /** Hands the buffer back to its thread. */
    void release() {
        inUse = false;
        if (buf.length > KEPT_BYTES) {
            buf = new byte[INITIAL_BYTES];
        }
    }
}
