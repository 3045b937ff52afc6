package io.stratus.bench.wire;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads HTTP/1.1 responses off one connection into a reused buffer: the status, whether the
 * connection stays open, and the body framed by {@code Content-Length}. Chunked bodies are
 * rejected, not guessed at: the servers measured here always send a length.
 */
final class HttpResponseReader {

    private static final byte[] CONTENT_LENGTH = "content-length".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONNECTION = "connection".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRANSFER_ENCODING =
            "transfer-encoding".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "close".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_HEAD_LINE = 8 * 1024;

    private InputStream in;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    private final byte[] line = new byte[MAX_HEAD_LINE];
    private byte[] body = new byte[16 * 1024];
    private int bodyLength;
    private boolean keepAlive;

    /** Starts reading a new connection's stream. */
    void reset(InputStream stream) {
        in = stream;
        position = 0;
        limit = 0;
    }

    /** Reads one whole response and returns its status code. */
    int read() throws IOException {
        int length = readLine();
        // "HTTP/1.1 200 OK"
        if (length < 12 || line[8] != ' ') {
            throw new IOException("malformed status line");
        }
        int status = (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
        long contentLength = -1;
        keepAlive = true;
        while ((length = readLine()) > 0) {
            int colon = indexOf(line, length, (byte) ':');
            if (colon < 0) {
                continue;
            }
            if (nameIs(CONTENT_LENGTH, colon)) {
                contentLength = parseLong(colon + 1, length);
            } else if (nameIs(CONNECTION, colon)) {
                keepAlive = !valueContains(CLOSE, colon + 1, length);
            } else if (nameIs(TRANSFER_ENCODING, colon)) {
                throw new IOException("chunked responses are not supported by this load generator");
            }
        }
        if (contentLength < 0) {
            throw new IOException("response without Content-Length");
        }
        if (contentLength > Integer.MAX_VALUE - 8) {
            throw new IOException("response body too large: " + contentLength);
        }
        bodyLength = (int) contentLength;
        if (body.length < bodyLength) {
            body = new byte[Math.max(bodyLength, body.length * 2)];
        }
        int read = 0;
        while (read < bodyLength) {
            if (position == limit) {
                fill();
            }
            int n = Math.min(limit - position, bodyLength - read);
            System.arraycopy(buffer, position, body, read, n);
            position += n;
            read += n;
        }
        return status;
    }

    /** Whether the server keeps the connection open after the last response. */
    boolean keepAlive() {
        return keepAlive;
    }

    /** The last body's bytes; valid up to {@link #bodyLength()}, overwritten by the next read. */
    byte[] body() {
        return body;
    }

    /** The length of the last body. */
    int bodyLength() {
        return bodyLength;
    }

    /** Reads a line without its CRLF into {@link #line}; returns its length. */
    private int readLine() throws IOException {
        int length = 0;
        while (true) {
            if (position == limit) {
                fill();
            }
            byte b = buffer[position++];
            if (b == '\n') {
                return length > 0 && line[length - 1] == '\r' ? length - 1 : length;
            }
            if (length == line.length) {
                throw new IOException("response head line longer than " + MAX_HEAD_LINE + " bytes");
            }
            line[length++] = b;
        }
    }

    private void fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            throw new EOFException("server closed the connection");
        }
        position = 0;
        limit = n;
    }

    private boolean nameIs(byte[] lowerCaseName, int nameLength) {
        if (nameLength != lowerCaseName.length) {
            return false;
        }
        for (int i = 0; i < nameLength; i++) {
            if (toLower(line[i]) != lowerCaseName[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean valueContains(byte[] lowerCaseWord, int from, int to) {
        byte[] value = Arrays.copyOfRange(line, from, to);
        for (int i = 0; i < value.length; i++) {
            value[i] = toLower(value[i]);
        }
        return indexOf(value, lowerCaseWord) >= 0;
    }

    private long parseLong(int from, int to) throws IOException {
        long value = 0;
        boolean digits = false;
        for (int i = from; i < to; i++) {
            byte b = line[i];
            if (b >= '0' && b <= '9') {
                value = value * 10 + (b - '0');
                digits = true;
            } else if (b != ' ' && b != '\t') {
                throw new IOException("malformed Content-Length");
            }
        }
        if (!digits) {
            throw new IOException("malformed Content-Length");
        }
        return value;
    }

    private static byte toLower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
    }

    private static int indexOf(byte[] bytes, int length, byte wanted) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
