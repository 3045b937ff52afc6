package io.stratus.conformance.apigw;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code ApiKeyRequired} methods (403 {@code Forbidden}, {@code INVALID_API_KEY}, without or with an unknown
 * {@code x-api-key}) and REST request validation: required parameters first, then the body against the model,
 * with API Gateway's messages ("Gateway response types": {@code BAD_REQUEST_PARAMETERS}, {@code BAD_REQUEST_BODY}).
 */
@ExtendWith(ApiTargetExtension.class)
class ApiKeysAndValidationTest {

    @Test
    void aKeyedMethodWithoutOrWithAnUnknownKeyIsForbidden(ApiTarget target) {
        for (HttpRequest.Builder request : new HttpRequest.Builder[] {target.request("/v1/shop/keyed").GET(),
            target.request("/v1/shop/keyed").header("x-api-key", "wrong").GET()}) {
            HttpResponse<String> response = target.text(request);
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).isEqualTo("{\"message\":\"Forbidden\"}");
            assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("ForbiddenException");
        }
    }

    @Test
    void aKeyGivenToTheServerOpensTheMethodAndReachesTheEvent(ApiTarget target) {
        var event = target.echoedEvent(target.request("/v1/shop/keyed").header("x-api-key", ApiTarget.CLI_API_KEY)
                .GET());
        assertThat(event.at("/requestContext/identity/apiKey").asText()).isEqualTo(ApiTarget.CLI_API_KEY);
        assertThat(event.at("/stageVariables/tier").asText()).isEqualTo("gold");
    }

    @Test
    void aTemplatesApiKeyResourceOpensItsApi(ApiTarget target) {
        HttpResponse<String> without = target.text(target.request(target.cloudFormation(), "/live/orders/7").GET());
        assertThat(without.statusCode()).isEqualTo(403);
        var event = target.echoedEvent(target.request(target.cloudFormation(), "/live/orders/7")
                .header("x-api-key", "template-key-0123456789").GET());
        assertThat(event.at("/pathParameters/orderId").asText()).isEqualTo("7");
    }

    @Test
    void missingRequiredParametersAreListedBeforeTheBodyIsChecked(ApiTarget target) {
        HttpResponse<String> response = target.text(target.request("/v1/shop/items")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo("{\"message\": \"Missing required request parameters: [mode, x-request-id]\"}");
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("BadRequestException");
    }

    @Test
    void aBodyThatFailsTheModelIsInvalidRequestBodyAndAValidOnePasses(ApiTarget target) {
        HttpResponse<String> invalid = target.text(target.request("/v1/shop/items?mode=strict")
                .header("x-request-id", "r1").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"price\":-1}")));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).isEqualTo("{\"message\": \"Invalid request body\"}");
        var event = target.echoedEvent(target.request("/v1/shop/items?mode=strict").header("x-request-id", "r1")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"lamp\",\"price\":3}")));
        assertThat(event.get("body").asText()).isEqualTo("{\"name\":\"lamp\",\"price\":3}");
    }
}
