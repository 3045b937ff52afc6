package io.stratus.server.netty;

import static io.stratus.server.netty.WireChannel.body;
import static io.stratus.server.netty.WireChannel.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.FullHttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestSizeLimitTest {

    private static final int LIMIT = 64;

    private final WireChannel wire = new WireChannel(List.of(new EchoService()), LIMIT);

    @AfterEach
    void close() {
        wire.close();
    }

    @Test
    void limitIsDynamoDbsSixteenMebibytes() {
        assertThat(RequestSizeLimit.MAX_REQUEST_BYTES).isEqualTo(16 * 1024 * 1024);
    }

    @Test
    void bodyOfExactlyTheLimitIsServed() {
        wire.send(request("POST /echo HTTP/1.1", "a".repeat(LIMIT)));

        FullHttpResponse response = wire.response();
        assertThat(response.status().code()).isEqualTo(200);
        response.release();
    }

    @Test
    void declaredLengthOverTheLimitIsAnswered413LikeDynamoDb() {
        wire.send(request("POST /echo HTTP/1.1", "a".repeat(LIMIT + 1)));

        // Raw bytes: a client-side aggregator would rewrite the chunked framing AWS uses.
        String raw = wire.rawOutput();
        assertThat(raw).startsWith("HTTP/1.1 413 Request Entity Too Large\r\n");
        assertThat(raw).containsIgnoringCase("\r\ntransfer-encoding: chunked\r\n");
        assertThat(raw).containsPattern("(?i)\r\nx-amzn-RequestId: [A-Z0-9]{52}\r\n");
        assertThat(raw).endsWith("\r\n\r\n0\r\n\r\n");
    }

    @Test
    void connectionStaysUsableAfterAnOversizedKeepAliveRequest() {
        wire.send(request("POST /echo HTTP/1.1", "a".repeat(LIMIT + 1)));
        wire.send(request("POST /echo HTTP/1.1", "small"));

        List<FullHttpResponse> responses = wire.responses();
        assertThat(responses).extracting(r -> r.status().code()).containsExactly(413, 200);
        assertThat(body(responses.get(1))).isEqualTo("POST small");
        WireChannel.release(responses);
    }

    @Test
    void chunkedBodyGrowingOverTheLimitIsAnswered413() {
        String chunk = "a".repeat(LIMIT);
        wire.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n"
                + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n"
                + "0\r\n\r\n");

        FullHttpResponse response = wire.response();
        assertThat(response.status().code()).isEqualTo(413);
        assertThat(response.headers().get(AwsHeaders.REQUEST_ID)).matches("[A-Z0-9]{52}");
        response.release();
    }

    @Test
    void oversizedRequestExpectingContinueIsAnswered413InsteadOf100() {
        wire.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\nContent-Length: "
                + (LIMIT + 1) + "\r\n\r\n");

        FullHttpResponse response = wire.response();
        assertThat(response.status().code()).isEqualTo(413);
        assertThat(response.headers().get(AwsHeaders.REQUEST_ID)).matches("[A-Z0-9]{52}");
        response.release();
    }
}
