package io.stratus.server.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The server's real pipeline in an {@link EmbeddedChannel}, driven with raw HTTP bytes; responses
 * are decoded by a client-side decoder so tests see exactly what a client would.
 */
final class WireChannel implements AutoCloseable {

    /** Runs services on the calling thread, which in an EmbeddedChannel is the event loop. */
    static final Executor DIRECT = Runnable::run;

    final EmbeddedChannel server = new EmbeddedChannel();
    private final EmbeddedChannel client = new EmbeddedChannel(new HttpResponseDecoder(), new HttpObjectAggregator(1 << 20));

    WireChannel(List<HttpService> services, int maxRequestBytes) {
        StratusChannelInitializer.configure(server.pipeline(), services, DIRECT, maxRequestBytes);
    }

    WireChannel(List<HttpService> services) {
        this(services, RequestSizeLimit.MAX_REQUEST_BYTES);
    }

    /** Sends raw bytes as if they arrived on the socket. */
    void send(String raw) {
        send(raw.getBytes(StandardCharsets.ISO_8859_1));
    }

    void send(byte[] raw) {
        server.writeInbound(Unpooled.wrappedBuffer(raw));
    }

    /** Every complete response written so far; the caller releases them (see {@link #release}). */
    List<FullHttpResponse> responses() {
        ByteBuf out;
        while ((out = server.readOutbound()) != null) {
            client.writeInbound(out);
        }
        List<FullHttpResponse> responses = new ArrayList<>();
        FullHttpResponse response;
        while ((response = client.readInbound()) != null) {
            responses.add(response);
        }
        return responses;
    }

    /** Everything written so far, undecoded, for assertions on framing. */
    String rawOutput() {
        StringBuilder raw = new StringBuilder();
        ByteBuf out;
        while ((out = server.readOutbound()) != null) {
            raw.append(out.toString(StandardCharsets.ISO_8859_1));
            out.release();
        }
        return raw.toString();
    }

    /** The single response written so far. */
    FullHttpResponse response() {
        List<FullHttpResponse> all = responses();
        if (all.size() != 1) {
            all.forEach(FullHttpResponse::release);
            throw new AssertionError("expected one response, got " + all.size());
        }
        return all.get(0);
    }

    static String body(FullHttpResponse response) {
        return response.content().toString(StandardCharsets.UTF_8);
    }

    static void release(List<FullHttpResponse> responses) {
        responses.forEach(FullHttpResponse::release);
    }

    @Override
    public void close() {
        server.finishAndReleaseAll();
        client.finishAndReleaseAll();
    }

    /** A request with the given start line, headers (one per element) and body. */
    static String request(String startLine, String body, String... headers) {
        StringBuilder raw = new StringBuilder(startLine).append("\r\nHost: localhost\r\n");
        for (String header : headers) {
            raw.append(header).append("\r\n");
        }
        raw.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n\r\n").append(body);
        return raw.toString();
    }
}
