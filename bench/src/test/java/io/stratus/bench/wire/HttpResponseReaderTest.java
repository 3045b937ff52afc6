package io.stratus.bench.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpResponseReaderTest {

    private static HttpResponseReader reading(String wire) {
        HttpResponseReader reader = new HttpResponseReader();
        reader.reset(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1)));
        return reader;
    }

    private static String body(HttpResponseReader reader) {
        return new String(reader.body(), 0, reader.bodyLength(), StandardCharsets.UTF_8);
    }

    @Test
    void readsStatusAndBodyOfConsecutiveResponsesOnOneConnection() throws IOException {
        HttpResponseReader reader = reading("HTTP/1.1 200 OK\r\ncontent-type: application/x-amz-json-1.0\r\n"
                + "content-length: 2\r\n\r\n{}"
                + "HTTP/1.1 400 Bad Request\r\nContent-Length: 14\r\n\r\n{\"__type\":\"x\"}");

        assertThat(reader.read()).isEqualTo(200);
        assertThat(body(reader)).isEqualTo("{}");
        assertThat(reader.keepAlive()).isTrue();
        assertThat(reader.read()).isEqualTo(400);
        assertThat(body(reader)).isEqualTo("{\"__type\":\"x\"}");
    }

    @Test
    void bodyLargerThanTheReadBufferArrivesWhole() throws IOException {
        String large = "x".repeat(100_000);
        HttpResponseReader reader = reading("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + large);

        assertThat(reader.read()).isEqualTo(200);
        assertThat(body(reader)).isEqualTo(large);
    }

    @Test
    void connectionCloseHeaderEndsKeepAlive() throws IOException {
        HttpResponseReader reader = reading("HTTP/1.1 503 Service Unavailable\r\nConnection: Close\r\nContent-Length: 0\r\n\r\n");

        assertThat(reader.read()).isEqualTo(503);
        assertThat(reader.keepAlive()).isFalse();
    }

    @Test
    void chunkedResponseIsRejectedRatherThanMisread() {
        HttpResponseReader reader = reading("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");

        assertThatThrownBy(reader::read).isInstanceOf(IOException.class).hasMessageContaining("chunked");
    }

    @Test
    void responseWithoutLengthIsRejected() {
        HttpResponseReader reader = reading("HTTP/1.1 200 OK\r\n\r\n{}");

        assertThatThrownBy(reader::read).isInstanceOf(IOException.class).hasMessage("response without Content-Length");
    }

    @Test
    void serverClosingMidBodyIsAnEndOfStream() {
        HttpResponseReader reader = reading("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{}");

        assertThatThrownBy(reader::read).isInstanceOf(EOFException.class);
    }

    @Test
    void bytesArrivingOneAtATimeAreReassembled() throws IOException {
        byte[] wire = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponseReader reader = new HttpResponseReader();
        reader.reset(new InputStream() {
            private int at;

            @Override
            public int read() {
                return at < wire.length ? wire[at++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (at == wire.length) {
                    return -1;
                }
                b[off] = wire[at++];
                return 1;
            }
        });

        assertThat(reader.read()).isEqualTo(200);
        assertThat(body(reader)).isEqualTo("hello");
    }
}
