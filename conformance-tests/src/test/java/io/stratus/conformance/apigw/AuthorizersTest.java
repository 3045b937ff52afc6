package io.stratus.conformance.apigw;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every authorizer kind: REST Lambda TOKEN and REQUEST authorizers (allow with context, explicit deny, the
 * conventional {@code Unauthorized}, a failing authorizer, a missing identity source), a REST Cognito user-pool
 * authorizer, and HTTP API JWT and Lambda (simple and IAM policy responses) authorizers. Sources: "Use API Gateway
 * Lambda authorizers", "Control access to HTTP APIs with AWS Lambda authorizers", "... with JWT authorizers".
 */
@ExtendWith(ApiTargetExtension.class)
class AuthorizersTest {

    private static void assertStatusAndBody(HttpResponse<String> response, int status, String body) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).isEqualTo(body);
    }

    private static String jwt(ApiTarget target, String issuer, String extraClaims) {
        return target.tokens().sign("{\"sub\":\"user-42\",\"iss\":\"" + issuer + "\",\"exp\":"
                + Tokens.epochSeconds(300) + extraClaims + "}");
    }

    @Nested
    class RestLambdaToken {

        @Test
        void anAllowingPolicyPassesPrincipalAndContextInRequestContextAuthorizer(ApiTarget target) {
            JsonNode event = target.echoedEvent(target.request("/v1/shop/token").header("X-Token", "allow").GET());
            JsonNode authorizer = event.at("/requestContext/authorizer");
            assertThat(authorizer.get("principalId").asText()).isEqualTo("user-1");
            assertThat(authorizer.get("tenant").asText()).isEqualTo("acme");
            assertThat(authorizer.get("level").asText()).isEqualTo("3");
            assertThat(authorizer.get("kind").asText()).isEqualTo("TOKEN");
        }

        @Test
        void anExplicitDenyIs403(ApiTarget target) {
            HttpResponse<String> response = target.text(target.request("/v1/shop/token").header("X-Token", "deny").GET());
            assertStatusAndBody(response, 403,
                    "{\"Message\":\"User is not authorized to access this resource with an explicit deny\"}");
            assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("AccessDeniedException");
        }

        @Test
        void unauthorizedFromTheAuthorizerAndAMissingTokenAre401(ApiTarget target) {
            assertStatusAndBody(target.text(target.request("/v1/shop/token").header("X-Token", "unauthorized").GET()),
                    401, "{\"message\":\"Unauthorized\"}");
            HttpResponse<String> missing = target.text(target.request("/v1/shop/token").GET());
            assertStatusAndBody(missing, 401, "{\"message\":\"Unauthorized\"}");
            assertThat(missing.headers().firstValue("x-amzn-ErrorType")).contains("UnauthorizedException");
        }

        @Test
        void aFailingAuthorizerIs500AuthorizerConfigurationError(ApiTarget target) {
            HttpResponse<String> response = target.text(target.request("/v1/shop/token").header("X-Token", "boom").GET());
            assertStatusAndBody(response, 500, "{\"message\": null}");
            assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("AuthorizerConfigurationException");
        }
    }

    @Nested
    class RestLambdaRequest {

        @Test
        void theAuthorizerSeesTheRequestAndItsContextReachesTheFunction(ApiTarget target) {
            JsonNode event = target.echoedEvent(target.request("/v1/shop/request").header("X-Tenant", "allow").GET());
            assertThat(event.at("/requestContext/authorizer/kind").asText()).isEqualTo("REQUEST");
            assertThat(event.at("/requestContext/authorizer/principalId").asText()).isEqualTo("user-1");
        }

        @Test
        void aDenyIs403AndAMissingIdentitySourceIs401(ApiTarget target) {
            assertThat(target.text(target.request("/v1/shop/request").header("X-Tenant", "deny").GET()).statusCode())
                    .isEqualTo(403);
            assertStatusAndBody(target.text(target.request("/v1/shop/request").GET()), 401,
                    "{\"message\":\"Unauthorized\"}");
        }
    }

    @Nested
    class RestCognito {

        @Test
        void aTokenOfTheUserPoolReachesTheFunctionWithItsClaims(ApiTarget target) {
            String token = jwt(target, ApiTarget.COGNITO_ISSUER, ",\"token_use\":\"id\",\"aud\":\"client-1\"");
            JsonNode event = target.echoedEvent(target.request("/v1/shop/cognito").header("Authorization", token).GET());
            assertThat(event.at("/requestContext/authorizer/claims/sub").asText()).isEqualTo("user-42");
        }

        @Test
        void aTokenFromAnotherIssuerOrNoTokenIs401(ApiTarget target) {
            String foreign = jwt(target, "https://elsewhere.example", "");
            assertStatusAndBody(target.text(target.request("/v1/shop/cognito").header("Authorization", foreign).GET()),
                    401, "{\"message\":\"Unauthorized\"}");
            assertStatusAndBody(target.text(target.request("/v1/shop/cognito").GET()), 401,
                    "{\"message\":\"Unauthorized\"}");
        }
    }

    @Nested
    class HttpJwt {

        @Test
        void aValidTokenWithTheScopeReachesTheFunctionWithClaimsAndScopes(ApiTarget target) {
            String token = jwt(target, ApiTarget.ISSUER, ",\"aud\":\"" + ApiTarget.AUDIENCE
                    + "\",\"scope\":\"orders/read orders/write\"");
            JsonNode event = target.echoedEvent(target.request("/dev/secure/jwt")
                    .header("Authorization", "Bearer " + token).GET());
            assertThat(event.at("/requestContext/authorizer/jwt/claims/sub").asText()).isEqualTo("user-42");
            assertThat(event.at("/requestContext/authorizer/jwt/scopes").toString())
                    .isEqualTo("[\"orders/read\",\"orders/write\"]");
        }

        @Test
        void aWrongAudienceOrExpiredTokenIs401AndAMissingScopeIs403(ApiTarget target) {
            String wrongAudience = jwt(target, ApiTarget.ISSUER, ",\"aud\":\"someone-else\",\"scope\":\"orders/read\"");
            assertStatusAndBody(target.text(target.request("/dev/secure/jwt")
                    .header("Authorization", "Bearer " + wrongAudience).GET()), 401, "{\"message\":\"Unauthorized\"}");
            String expired = target.tokens().sign("{\"sub\":\"u\",\"iss\":\"" + ApiTarget.ISSUER + "\",\"aud\":\""
                    + ApiTarget.AUDIENCE + "\",\"scope\":\"orders/read\",\"exp\":" + Tokens.epochSeconds(-600) + "}");
            assertStatusAndBody(target.text(target.request("/dev/secure/jwt")
                    .header("Authorization", "Bearer " + expired).GET()), 401, "{\"message\":\"Unauthorized\"}");
            String noScope = jwt(target, ApiTarget.ISSUER, ",\"aud\":\"" + ApiTarget.AUDIENCE + "\"");
            assertStatusAndBody(target.text(target.request("/dev/secure/jwt")
                    .header("Authorization", "Bearer " + noScope).GET()), 403, "{\"message\":\"Forbidden\"}");
        }
    }

    @Nested
    class HttpLambda {

        @Test
        void aSimpleResponseAuthorizesAndItsContextArrivesUnderLambda(ApiTarget target) {
            JsonNode event = target.echoedEvent(target.request("/dev/secure/simple").header("X-Token", "allow").GET());
            assertThat(event.at("/requestContext/authorizer/lambda/tenant").asText()).isEqualTo("acme");
            assertThat(event.at("/requestContext/authorizer/lambda/route").asText())
                    .startsWith("arn:aws:execute-api:eu-west-1:000000000000:").endsWith("/dev/GET/secure/simple");
        }

        @Test
        void aSimpleDenyIs403ForbiddenAndAMissingIdentitySourceIs401(ApiTarget target) {
            assertStatusAndBody(target.text(target.request("/dev/secure/simple").header("X-Token", "no").GET()), 403,
                    "{\"message\":\"Forbidden\"}");
            assertStatusAndBody(target.text(target.request("/dev/secure/simple").GET()), 401,
                    "{\"message\":\"Unauthorized\"}");
        }

        @Test
        void anIamPolicyResponseAllowsOrDenies(ApiTarget target) {
            JsonNode event = target.echoedEvent(target.request("/dev/secure/policy").header("X-Token", "allow").GET());
            assertThat(event.at("/requestContext/authorizer/lambda/tenant").asText()).isEqualTo("acme");
            assertStatusAndBody(target.text(target.request("/dev/secure/policy").header("X-Token", "no").GET()), 403,
                    "{\"message\":\"Forbidden\"}");
        }
    }
}
