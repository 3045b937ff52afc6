package io.stratus.server.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerRequestTest {

    @Test
    void aCopiedRequestKeepsTheTargetAsSentAndTheClientsAddress() {
        FullHttpRequest netty = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET,
                "/Prod/a%20b/c?x=1&x=%26&y#frag", Unpooled.EMPTY_BUFFER);
        ServerRequest request = ServerRequest.copyOf(netty, "ID", new InetSocketAddress("192.0.2.9", 41_000));
        assertThat(request.path()).isEqualTo("/Prod/a b/c");
        assertThat(request.rawPath()).isEqualTo("/Prod/a%20b/c");
        assertThat(request.rawQueryString()).isEqualTo("x=1&x=%26&y");
        assertThat(request.clientIp()).isEqualTo("192.0.2.9");
        netty.release();
    }

    @Test
    void aTargetWithoutQueryHasAnEmptyRawQueryString() {
        ServerRequest request = ServerRequest.copyOf(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET,
                "/items"), "ID", null);
        assertThat(request.rawPath()).isEqualTo("/items");
        assertThat(request.rawQueryString()).isEmpty();
        assertThat(request.clientIp()).isNull();
    }

    @Test
    void aRequestBuiltByHandGetsATargetEncodedAsAClientWouldSendIt() {
        ServerRequest request = new ServerRequest("GET", "/items/a b/ü", Map.of("k", List.of("v 1", "&")),
                new DefaultHttpHeaders(), new byte[0], "ID");
        assertThat(request.rawPath()).isEqualTo("/items/a%20b/%C3%BC");
        assertThat(request.rawQueryString()).isEqualTo("k=v+1&k=%26");
    }
}
