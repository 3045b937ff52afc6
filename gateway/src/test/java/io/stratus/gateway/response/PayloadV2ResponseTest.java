package io.stratus.gateway.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.gateway.errors.GatewayError;
import io.stratus.gateway.errors.GatewayException;
import io.stratus.gateway.event.HttpHeader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PayloadV2ResponseTest {

    private static ProxyResponse map(String json) {
        return PayloadV2Response.map(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String body(ProxyResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aBareStringIsA200JsonResponseWithThatBody() {
        ProxyResponse response = map("\"Hello from Lambda!\"");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("content-type")).isEqualTo("application/json");
        assertThat(body(response)).isEqualTo("Hello from Lambda!");
    }

    @Test
    void jsonWithoutStatusCodeIsSentAsTheBody() {
        ProxyResponse response = map("{\"message\":\"hi\",\"count\":2}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(body(response)).isEqualTo("{\"message\":\"hi\",\"count\":2}");
    }

    @Test
    void cookiesBecomeOneSetCookieHeaderEach() {
        ProxyResponse response = map("{\"statusCode\":302,\"headers\":{\"location\":\"/x\"},"
                + "\"cookies\":[\"a=1; Path=/\",\"b=2\"],\"multiValueHeaders\":{\"x\":[\"ignored\"]}}");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.headers()).containsExactly(new HttpHeader("location", "/x"),
                new HttpHeader("set-cookie", "a=1; Path=/"), new HttpHeader("set-cookie", "b=2"));
    }

    @Test
    void theBodyIsDecodedOnlyWhenIsBase64EncodedIsTrue() {
        assertThat(body(map("{\"statusCode\":200,\"body\":\"aGk=\",\"isBase64Encoded\":true}"))).isEqualTo("hi");
        assertThat(body(map("{\"statusCode\":200,\"body\":\"aGk=\",\"headers\":{\"content-type\":\"image/png\"}}")))
                .isEqualTo("aGk=");
    }

    @Test
    void aMalformedResponseWithStatusCodeIsTheHttpApis500() {
        assertThatThrownBy(() -> map("{\"statusCode\":200,\"cookies\":\"a=1\"}"))
                .isInstanceOf(GatewayException.class)
                .extracting(e -> ((GatewayException) e).error()).isEqualTo(GatewayError.HTTP_INTEGRATION_FAILURE);
    }
}
