package io.stratus.server.netty;

import static io.stratus.server.netty.WireChannel.body;
import static io.stratus.server.netty.WireChannel.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceDispatcherTest {

    private final WireChannel wire = new WireChannel(List.of(new EchoService()));

    @org.junit.jupiter.api.AfterEach
    void close() {
        wire.close();
    }

    @Test
    void requestIsDispatchedToTheServiceThatAcceptsIt() {
        wire.send(request("POST /echo HTTP/1.1", "hello"));

        FullHttpResponse response = wire.response();
        assertThat(response.status().code()).isEqualTo(200);
        assertThat(body(response)).isEqualTo("POST hello");
        assertThat(response.headers().get(HttpHeaderNames.CONTENT_TYPE)).isEqualTo("text/plain");
        assertThat(response.headers().getInt(HttpHeaderNames.CONTENT_LENGTH)).isEqualTo(10);
        response.release();
    }

    @Test
    void theRawTargetReachesTheServiceAndRepeatedHeadersAreSentOneLinePerValue() {
        wire.send(request("GET /echo/target/a%20b?x=1&x=%26 HTTP/1.1", ""));

        FullHttpResponse response = wire.response();
        assertThat(body(response)).isEqualTo("/echo/target/a%20b?x=1&x=%26");
        assertThat(response.headers().getAll("Set-Cookie"))
                .containsExactly("a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT", "b=2");
        assertThat(response.headers().get("X-One")).isEqualTo("1");
        response.release();
    }

    @Test
    void everyResponseCarriesAFreshDynamoDbShapedRequestId() {
        wire.send(request("POST /echo HTTP/1.1", "a"));
        wire.send(request("GET /nowhere HTTP/1.1", ""));

        List<FullHttpResponse> responses = wire.responses();
        assertThat(responses).hasSize(2);
        String first = responses.get(0).headers().get(AwsHeaders.REQUEST_ID);
        String second = responses.get(1).headers().get(AwsHeaders.REQUEST_ID);
        assertThat(first).matches("[A-Z0-9]{52}");
        assertThat(second).matches("[A-Z0-9]{52}").isNotEqualTo(first);
        WireChannel.release(responses);
    }

    @Test
    void requestNoServiceAcceptsIsAnswered404WithAJsonBody() {
        wire.send(request("GET /nowhere HTTP/1.1", ""));

        FullHttpResponse response = wire.response();
        assertThat(response.status().code()).isEqualTo(404);
        assertThat(body(response)).isEqualTo("{\"message\":\"Not Found\"}");
        assertThat(response.headers().get(HttpHeaderNames.CONTENT_TYPE)).isEqualTo("application/json");
        response.release();
    }

    @Test
    void serviceThatThrowsIsAnswered500AndTheConnectionStaysUsable() {
        wire.send(request("POST /echo/fail HTTP/1.1", ""));
        wire.send(request("POST /echo HTTP/1.1", "after"));

        List<FullHttpResponse> responses = wire.responses();
        assertThat(responses).extracting(r -> r.status().code()).containsExactly(500, 200);
        assertThat(body(responses.get(0))).isEqualTo("{\"message\":\"Internal server error\"}");
        assertThat(responses.get(0).headers().get(AwsHeaders.REQUEST_ID)).matches("[A-Z0-9]{52}");
        assertThat(body(responses.get(1))).isEqualTo("POST after");
        WireChannel.release(responses);
    }

    @Test
    void keepAliveConnectionAnswersPipelinedRequestsInOrder() {
        wire.send(request("POST /echo HTTP/1.1", "one") + request("POST /echo HTTP/1.1", "two"));

        List<FullHttpResponse> responses = wire.responses();
        assertThat(responses).extracting(WireChannel::body).containsExactly("POST one", "POST two");
        assertThat(wire.server.isOpen()).isTrue();
        WireChannel.release(responses);
    }

    @Test
    void connectionCloseRequestIsAnsweredThenTheConnectionCloses() {
        wire.send(request("POST /echo HTTP/1.1", "bye", "Connection: close"));

        FullHttpResponse response = wire.response();
        assertThat(body(response)).isEqualTo("POST bye");
        assertThat(response.headers().get(HttpHeaderNames.CONNECTION)).isEqualToIgnoringCase("close");
        assertThat(wire.server.isOpen()).isFalse();
        response.release();
    }

    @Test
    void malformedRequestLineIsAnswered400AndTheConnectionCloses() {
        wire.send("THIS IS NOT HTTP\r\n\r\n");

        FullHttpResponse response = wire.response();
        assertThat(response.status().code()).isEqualTo(400);
        assertThat(response.headers().get(AwsHeaders.REQUEST_ID)).matches("[A-Z0-9]{52}");
        assertThat(wire.server.isOpen()).isFalse();
        response.release();
    }

    @Test
    void requestBufferIsReleasedOnceTheBodyHasBeenCopied() {
        EmbeddedChannel channel = new EmbeddedChannel(new ServiceDispatcher(List.of(new EchoService()), WireChannel.DIRECT));
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/echo",
                Unpooled.copiedBuffer("payload", StandardCharsets.UTF_8));

        channel.writeInbound(request);

        assertThat(request.refCnt()).isZero();
        FullHttpResponse response = channel.readOutbound();
        assertThat(body(response)).isEqualTo("POST payload");
        response.release();
        assertThat(channel.finishAndReleaseAll()).isFalse();
    }
}
