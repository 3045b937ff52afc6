package io.stratus.gateway.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.gateway.template.ApiKind;
import org.junit.jupiter.api.Test;

class GatewayErrorTest {

    @Test
    void unknownRoutesAreMissingAuthenticationTokenOnRestAndNotFoundOnHttpApis() {
        assertThat(GatewayError.noRoute(ApiKind.REST).status()).isEqualTo(403);
        assertThat(GatewayError.noRoute(ApiKind.REST).body(null)).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
        assertThat(GatewayError.noRoute(ApiKind.REST).errorType()).isEqualTo("MissingAuthenticationTokenException");
        assertThat(GatewayError.noRoute(ApiKind.HTTP).status()).isEqualTo(404);
        assertThat(GatewayError.noRoute(ApiKind.HTTP).body(null)).isEqualTo("{\"message\":\"Not Found\"}");
    }

    @Test
    void integrationFailuresAre502OnRestAnd500OnHttpApisWithTheirOwnWording() {
        assertThat(GatewayError.integrationFailure(ApiKind.REST).status()).isEqualTo(502);
        // 36 bytes, the Content-Length AWS sends for this body.
        assertThat(GatewayError.integrationFailure(ApiKind.REST).body(null))
                .isEqualTo("{\"message\": \"Internal server error\"}").hasSize(36);
        assertThat(GatewayError.integrationFailure(ApiKind.HTTP).status()).isEqualTo(500);
        assertThat(GatewayError.integrationFailure(ApiKind.HTTP).body(null))
                .isEqualTo("{\"message\":\"Internal Server Error\"}");
    }

    @Test
    void integrationTimeoutsAre504OnRestAnd503OnHttpApis() {
        assertThat(GatewayError.integrationTimeout(ApiKind.REST).status()).isEqualTo(504);
        assertThat(GatewayError.integrationTimeout(ApiKind.REST).body(null))
                .isEqualTo("{\"message\": \"Endpoint request timed out\"}");
        assertThat(GatewayError.integrationTimeout(ApiKind.HTTP).status()).isEqualTo(503);
        assertThat(GatewayError.integrationTimeout(ApiKind.HTTP).body(null)).isEqualTo("{\"message\":\"Service Unavailable\"}");
    }

    @Test
    void deniesDistinguishExplicitAndImplicitOnRestOnly() {
        assertThat(GatewayError.denied(ApiKind.REST, true).body(null))
                .isEqualTo("{\"Message\":\"User is not authorized to access this resource with an explicit deny\"}");
        assertThat(GatewayError.denied(ApiKind.REST, false).body(null))
                .isEqualTo("{\"Message\":\"User is not authorized to access this resource\"}");
        assertThat(GatewayError.denied(ApiKind.HTTP, true)).isEqualTo(GatewayError.FORBIDDEN);
        assertThat(GatewayError.UNAUTHORIZED.body(null)).isEqualTo("{\"message\":\"Unauthorized\"}");
    }

    @Test
    void theMissingParametersMessageListsThem() {
        assertThat(new GatewayException(GatewayError.BAD_REQUEST_PARAMETERS, "mode, x-id", null).body())
                .isEqualTo("{\"message\": \"Missing required request parameters: [mode, x-id]\"}");
        assertThat(GatewayError.BAD_REQUEST_BODY.body(null)).isEqualTo("{\"message\": \"Invalid request body\"}");
    }

    @Test
    void payloadsOverTenMegabytesAre413() {
        assertThat(GatewayError.tooLarge(ApiKind.REST).status()).isEqualTo(413);
        assertThat(GatewayError.tooLarge(ApiKind.HTTP).status()).isEqualTo(413);
    }
}
