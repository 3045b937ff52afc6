package io.stratus.conformance.apigw;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * API Gateway's own responses, one test per row of the status table: bodies byte for byte (REST's integration
 * errors have a space after the colon), {@code application/json} and {@code x-amzn-ErrorType}. Sources: "Gateway
 * response types for API Gateway", "Lambda proxy integrations", "Troubleshooting issues with HTTP API Lambda
 * integrations", "Amazon API Gateway quotas".
 */
@ExtendWith(ApiTargetExtension.class)
class GatewayErrorsTest {

    private static void assertError(HttpResponse<String> response, int status, String body, String errorType) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).isEqualTo(body);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains(errorType);
    }

    @Test
    void anUnknownRestResourceOrMethodIsMissingAuthenticationToken(ApiTarget target) {
        assertError(target.text(target.request("/Prod/rest/nowhere").GET()), 403,
                "{\"message\":\"Missing Authentication Token\"}", "MissingAuthenticationTokenException");
        assertError(target.text(target.request("/Prod/rest/typed/1").DELETE()), 403,
                "{\"message\":\"Missing Authentication Token\"}", "MissingAuthenticationTokenException");
    }

    @Test
    void anUnknownHttpApiRouteIsNotFound(ApiTarget target) {
        assertError(target.text(target.request("/http/typed").DELETE()), 404, "{\"message\":\"Not Found\"}",
                "NotFoundException");
    }

    @Test
    void aFailingFunctionIs502OnRestAnd500OnHttpApis(ApiTarget target) {
        assertError(target.text(target.request("/Prod/rest/fail").GET()), 502,
                "{\"message\": \"Internal server error\"}", "InternalServerErrorException");
        assertError(target.text(target.request("/http/fail").GET()), 500,
                "{\"message\":\"Internal Server Error\"}", "InternalServerErrorException");
    }

    @Test
    void aMalformedProxyResponseIs502OnRest(ApiTarget target) {
        assertError(target.text(target.request("/Prod/rest/malformed").GET()), 502,
                "{\"message\": \"Internal server error\"}", "InternalServerErrorException");
    }

    @Test
    void aFunctionTimingOutBeforeTheGatewayIsAFunctionError(ApiTarget target) {
        assertError(target.text(target.request("/Prod/rest/short").GET()), 502,
                "{\"message\": \"Internal server error\"}", "InternalServerErrorException");
        assertError(target.text(target.request("/http/short").GET()), 500,
                "{\"message\":\"Internal Server Error\"}", "InternalServerErrorException");
    }

    @Test
    void aPayloadOverTenMegabytesIs413(ApiTarget target) {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        assertError(target.text(target.request("/Prod/rest/echo/big")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(big))), 413,
                "{\"message\":\"Request Too Long\"}", "RequestTooLargeException");
    }

    @Test
    void aRequestLineAndHeadersOver10240BytesAreRejected(ApiTarget target) {
        HttpResponse<String> response = target.text(target.request("/Prod/rest/typed/1")
                .header("X-Big-1", "a".repeat(5_000)).header("X-Big-2", "b".repeat(5_300)).GET());
        assertError(response, 431, "{\"message\":\"Request Header Fields Too Large\"}", "RequestTooLargeException");
        assertThat(target.text(target.request("/Prod/rest/typed/1").header("X-Big-1", "a".repeat(9_000)).GET())
                .statusCode()).isEqualTo(201);
    }
}
