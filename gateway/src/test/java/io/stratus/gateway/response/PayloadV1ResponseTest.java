package io.stratus.gateway.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.gateway.errors.GatewayError;
import io.stratus.gateway.errors.GatewayException;
import io.stratus.gateway.event.HttpHeader;
import io.stratus.gateway.template.ApiKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PayloadV1ResponseTest {

    private static ProxyResponse map(String json, ApiKind kind) {
        return PayloadV1Response.map(json.getBytes(StandardCharsets.UTF_8), kind);
    }

    private static void assertMalformed(String json, ApiKind kind, GatewayError expected) {
        assertThatThrownBy(() -> map(json, kind)).isInstanceOf(GatewayException.class)
                .extracting(e -> ((GatewayException) e).error()).isEqualTo(expected);
    }

    @Test
    void statusHeadersAndBodyAreMapped() {
        ProxyResponse response = map("{\"statusCode\":201,\"headers\":{\"Location\":\"/items/1\"},\"body\":\"ok\","
                + "\"isBase64Encoded\":false}", ApiKind.REST);
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers()).containsExactly(new HttpHeader("Location", "/items/1"));
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("ok");
    }

    @Test
    void headersAndMultiValueHeadersMergeKeepingAValueOnce() {
        ProxyResponse response = map("{\"statusCode\":200,\"headers\":{\"X-A\":\"1\"},"
                + "\"multiValueHeaders\":{\"X-A\":[\"1\",\"2\"],\"Set-Cookie\":[\"a=1\",\"b=2\"]}}", ApiKind.REST);
        assertThat(response.headers()).containsExactly(new HttpHeader("X-A", "1"), new HttpHeader("X-A", "2"),
                new HttpHeader("Set-Cookie", "a=1"), new HttpHeader("Set-Cookie", "b=2"));
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aBase64BodyIsDecoded() {
        ProxyResponse response = map("{\"statusCode\":200,\"body\":\"UE5H\",\"isBase64Encoded\":true}", ApiKind.REST);
        assertThat(new String(response.body(), StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    @Test
    void restRejectsUnknownKeysWhileHttpApisIgnoreThem() {
        String json = "{\"statusCode\":200,\"body\":\"x\",\"extra\":1}";
        assertMalformed(json, ApiKind.REST, GatewayError.REST_INTEGRATION_FAILURE);
        assertThat(map(json, ApiKind.HTTP).status()).isEqualTo(200);
    }

    @Test
    void aMissingStatusCodeANonObjectOrANonStringBodyIsMalformed() {
        assertMalformed("{\"body\":\"x\"}", ApiKind.REST, GatewayError.REST_INTEGRATION_FAILURE);
        assertMalformed("{\"body\":\"x\"}", ApiKind.HTTP, GatewayError.HTTP_INTEGRATION_FAILURE);
        assertMalformed("\"hello\"", ApiKind.REST, GatewayError.REST_INTEGRATION_FAILURE);
        assertMalformed("{\"statusCode\":200,\"body\":{\"a\":1}}", ApiKind.REST, GatewayError.REST_INTEGRATION_FAILURE);
        assertMalformed("{\"statusCode\":\"abc\"}", ApiKind.REST, GatewayError.REST_INTEGRATION_FAILURE);
        assertMalformed("not json", ApiKind.REST, GatewayError.REST_INTEGRATION_FAILURE);
    }
}
