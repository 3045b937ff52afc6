package io.stratus.conformance.apigw;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CORS: SAM's REST {@code Cors} answers OPTIONS on each resource with a mock 200; an HTTP API's
 * {@code CorsConfiguration} answers preflights with 204, sets {@code access-control-allow-origin} on responses
 * to allowed origins (replacing the function's), and on the gateway's own errors too. Sources: SAM's
 * "CorsConfiguration" and "Configure CORS for HTTP APIs in API Gateway".
 */
@ExtendWith(ApiTargetExtension.class)
class CorsTest {

    private static HttpRequest.Builder options(HttpRequest.Builder request) {
        return request.method("OPTIONS", HttpRequest.BodyPublishers.noBody());
    }

    @Test
    void restCorsAnswersOptionsWithoutInvokingAnyFunction(ApiTarget target) {
        HttpResponse<String> preflight = target.text(options(target.request("/v1/shop/token"))
                .header("Origin", "https://anywhere.example").header("Access-Control-Request-Method", "GET"));
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).contains("GET,OPTIONS");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).contains("Content-Type,X-Api-Key");
        assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).contains("600");
    }

    @Test
    void httpCorsAnswersAPreflightForAnAllowedOriginWith204(ApiTarget target) {
        HttpResponse<String> preflight = target.text(options(target.request("/dev/secure/open"))
                .header("Origin", "https://app.stratus.test").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-token"));
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("access-control-allow-origin")).contains("https://app.stratus.test");
        assertThat(preflight.headers().firstValue("access-control-allow-methods")).contains("GET,POST");
        assertThat(preflight.headers().firstValue("access-control-allow-headers")).contains("authorization,x-token");
        assertThat(preflight.headers().firstValue("access-control-max-age")).contains("300");
        assertThat(preflight.headers().firstValue("access-control-allow-credentials")).contains("true");
    }

    @Test
    void httpCorsHeadersAreOnResponsesToAllowedOriginsOnly(ApiTarget target) {
        HttpResponse<String> allowed = target.text(target.request("/dev/secure/open")
                .header("Origin", "https://app.stratus.test").GET());
        assertThat(allowed.headers().firstValue("access-control-allow-origin")).contains("https://app.stratus.test");
        assertThat(allowed.headers().firstValue("access-control-expose-headers")).contains("x-total");
        HttpResponse<String> other = target.text(target.request("/dev/secure/open")
                .header("Origin", "https://evil.example").GET());
        assertThat(other.headers().firstValue("access-control-allow-origin")).isEmpty();
    }

    @Test
    void httpCorsHeadersAreOnTheGatewaysOwnErrorsButRestErrorsHaveNone(ApiTarget target) {
        HttpResponse<String> unauthorized = target.text(target.request("/dev/secure/simple")
                .header("Origin", "https://app.stratus.test").GET());
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(unauthorized.headers().firstValue("access-control-allow-origin")).contains("https://app.stratus.test");
        HttpResponse<String> restDenied = target.text(target.request("/v1/shop/token")
                .header("Origin", "https://app.stratus.test").GET());
        assertThat(restDenied.statusCode()).isEqualTo(401);
        assertThat(restDenied.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
