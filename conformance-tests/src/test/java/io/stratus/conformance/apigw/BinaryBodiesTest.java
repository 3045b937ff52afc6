package io.stratus.conformance.apigw;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Binary bodies: REST APIs base64-encode a request body whose type is one of the API's {@code BinaryMediaTypes};
 * HTTP APIs do so for any body that is not text; both decode a response whose {@code isBase64Encoded} is true.
 */
@ExtendWith(ApiTargetExtension.class)
class BinaryBodiesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, (byte) 0xff, 0x10};

    @Test
    void aRestBodyOfABinaryMediaTypeTravelsBase64EncodedBothWays(ApiTarget target) {
        HttpResponse<byte[]> response = target.send(target.request("/v1/shop/binary")
                .header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(PNG)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(response.body()).containsExactly(PNG);
    }

    @Test
    void aRestBodyOfAnotherMediaTypeArrivesAsText(ApiTarget target) {
        HttpResponse<String> response = target.text(target.request("/v1/shop/binary")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("plain")));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).startsWith("POST /shop/binary");
    }

    @Test
    void anHttpApiBinaryBodyTravelsBase64EncodedBothWays(ApiTarget target) {
        HttpResponse<byte[]> response = target.send(target.request("/http/binary")
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(PNG)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).contains("application/octet-stream");
        assertThat(response.body()).containsExactly(PNG);
    }
}
