package io.stratus.gateway.proxy;

import static io.stratus.gateway.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.gateway.FakeFunctions;
import io.stratus.gateway.Fixtures;
import io.stratus.gateway.auth.Jwks;
import io.stratus.gateway.auth.TokenMint;
import io.stratus.gateway.errors.GatewayError;
import io.stratus.gateway.errors.GatewayException;
import io.stratus.gateway.event.ApiRequest;
import io.stratus.gateway.event.HttpHeader;
import io.stratus.gateway.response.ProxyResponse;
import io.stratus.gateway.template.ApiDefinition;
import io.stratus.gateway.template.ApiKind;
import io.stratus.gateway.template.ApiRoute;
import io.stratus.gateway.template.AuthorizerDefinition;
import io.stratus.gateway.template.AuthorizerType;
import io.stratus.gateway.template.CorsPolicy;
import io.stratus.gateway.template.PayloadFormat;
import io.stratus.gateway.template.RequestValidation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ApiGatewayTest {

    private static final String OK_V1 = "{\"statusCode\":200,\"headers\":{\"Content-Type\":\"text/plain\"},\"body\":\"ok\"}";
    private static final String ALLOW = "{\"principalId\":\"user-1\",\"policyDocument\":{\"Version\":\"2012-10-17\","
            + "\"Statement\":[{\"Action\":\"execute-api:Invoke\",\"Effect\":\"Allow\","
            + "\"Resource\":\"arn:aws:execute-api:us-east-1:000000000000:abcdef1234/Prod/GET/*\"}]},"
            + "\"context\":{\"tier\":\"gold\",\"level\":3}}";
    private static final String DENY = ALLOW.replace("\"Allow\"", "\"Deny\"");

    /** A clock tests move by hand, for authorizer caching and token expiry. */
    static final class ManualClock extends Clock {
        final AtomicLong millis = new AtomicLong(1_700_000_000_000L);

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }
    }

    private static ApiRoute route(String method, String path, PayloadFormat format, String authorizer,
                                  List<String> scopes, boolean apiKey, RequestValidation validation) {
        return new ApiRoute(method, path, "Fn", "fn", format, authorizer, scopes, apiKey, validation);
    }

    private static ApiDefinition rest(List<ApiRoute> routes, CorsPolicy cors, List<AuthorizerDefinition> authorizers,
                                      List<String> keys) {
        return Fixtures.with(new ApiDefinition("Api", ApiKind.REST, "abcdef1234", "Prod", Map.of(), routes, null,
                List.of(), Map.of(), List.of()), Map.of(), cors, List.of(), authorizers, keys);
    }

    private static ApiDefinition http(List<ApiRoute> routes, CorsPolicy cors, List<AuthorizerDefinition> authorizers) {
        return Fixtures.with(new ApiDefinition("Http", ApiKind.HTTP, "zyxwvu9876", "$default", Map.of(), routes, null,
                List.of(), Map.of(), List.of()), Map.of(), cors, List.of(), authorizers, List.of());
    }

    private static GatewayError errorOf(Runnable call) {
        try {
            call.run();
        } catch (GatewayException e) {
            return e.error();
        }
        throw new AssertionError("expected a GatewayException");
    }

    private static GatewayException thrownBy(Runnable call) {
        try {
            call.run();
        } catch (GatewayException e) {
            return e;
        }
        throw new AssertionError("expected a GatewayException");
    }

    private static String body(ProxyResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Nested
    class ProxyIntegration {

        private final FakeFunctions functions = new FakeFunctions().returns("fn", OK_V1);
        private final ApiGateway gateway = new ApiGateway(List.of(
                rest(List.of(route("GET", "/items/{id}", PayloadFormat.V1, null, List.of(), false, null)), null,
                        List.of(), List.of()),
                http(List.of(route("GET", "/pets", PayloadFormat.V2, null, List.of(), false, null)), null, List.of())),
                functions, GatewaySettings.defaults().withTimeouts(Duration.ofMillis(100), Duration.ofMillis(100)));

        @Test
        void aMatchedRouteInvokesTheFunctionWithTheEventAndMapsItsResponse() {
            ProxyResponse response = gateway.handle(request("GET", "/Prod/items/9", null));
            assertThat(response.status()).isEqualTo(200);
            assertThat(body(response)).isEqualTo("ok");
            assertThat(functions.lastEvent("fn").at("/pathParameters/id").asText()).isEqualTo("9");
            assertThat(functions.lastEvent("fn").at("/requestContext/stage").asText()).isEqualTo("Prod");
        }

        @Test
        void anUnknownRouteIsMissingAuthenticationTokenOnRestAndNotFoundOnHttp() {
            assertThat(errorOf(() -> gateway.handle(request("GET", "/Prod/nope", null))))
                    .isEqualTo(GatewayError.MISSING_AUTHENTICATION_TOKEN);
            assertThat(errorOf(() -> gateway.handle(request("POST", "/items/9", null))))
                    .isEqualTo(GatewayError.MISSING_AUTHENTICATION_TOKEN);
            assertThat(errorOf(() -> gateway.handle(request("POST", "/pets", null)))).isEqualTo(GatewayError.NOT_FOUND);
            assertThat(gateway.claims("GET", "/elsewhere")).isFalse();
        }

        @Test
        void aFunctionErrorIs502OnRestAnd500OnHttp() {
            functions.fails("fn", "boom");
            assertThat(errorOf(() -> gateway.handle(request("GET", "/items/1", null))))
                    .isEqualTo(GatewayError.REST_INTEGRATION_FAILURE);
            assertThat(errorOf(() -> gateway.handle(request("GET", "/pets", null))))
                    .isEqualTo(GatewayError.HTTP_INTEGRATION_FAILURE);
        }

        @Test
        void anInvocationThatCannotStartIsAnIntegrationFailure() {
            FakeFunctions none = new FakeFunctions();
            ApiGateway empty = new ApiGateway(List.of(rest(List.of(route("GET", "/x", PayloadFormat.V1, null,
                    List.of(), false, null)), null, List.of(), List.of())), none, GatewaySettings.defaults());
            assertThat(errorOf(() -> empty.handle(request("GET", "/x", null))))
                    .isEqualTo(GatewayError.REST_INTEGRATION_FAILURE);
        }

        @Test
        void anIntegrationTimeoutIs504OnRestAnd503OnHttp() {
            functions.hangs("fn");
            assertThat(errorOf(() -> gateway.handle(request("GET", "/items/1", null))))
                    .isEqualTo(GatewayError.REST_INTEGRATION_TIMEOUT);
            assertThat(errorOf(() -> gateway.handle(request("GET", "/pets", null))))
                    .isEqualTo(GatewayError.HTTP_INTEGRATION_TIMEOUT);
        }

        @Test
        void aPayloadOverTenMegabytesIs413AndOversizedHeadersAreRejected() {
            ApiRequest big = new ApiRequest("GET", "/items/1", "/items/1", "", List.of(),
                    new byte[ApiGateway.MAX_PAYLOAD_BYTES + 1], "127.0.0.1", "HTTP/1.1", "id", 0);
            assertThat(errorOf(() -> gateway.handle(big))).isEqualTo(GatewayError.REST_REQUEST_TOO_LARGE);
            assertThat(errorOf(() -> gateway.handle(request("GET", "/items/1", null, "X-Big", "a".repeat(10_300)))))
                    .isEqualTo(GatewayError.HEADERS_TOO_LARGE);
        }
    }

    @Nested
    class LambdaAuthorizers {

        private final ManualClock clock = new ManualClock();
        private final FakeFunctions functions = new FakeFunctions().returns("fn", OK_V1).returns("auth", ALLOW);
        private final AuthorizerDefinition token = new AuthorizerDefinition("Token", AuthorizerType.TOKEN, "auth",
                List.of("method.request.header.Authorization"), 300, null, List.of(), PayloadFormat.V1, false, null);
        private final ApiGateway gateway = new ApiGateway(List.of(rest(List.of(
                route("GET", "/items/{id}", PayloadFormat.V1, "Token", List.of(), false, null),
                route("POST", "/items", PayloadFormat.V1, "Token", List.of(), false, null)), null, List.of(token),
                List.of())), functions, GatewaySettings.defaults().withClock(clock));

        @Test
        void anAllowingPolicyPassesItsContextToTheFunction() {
            gateway.handle(request("GET", "/items/1", null, "Authorization", "tok"));
            assertThat(functions.lastEvent("auth").toString()).isEqualTo("{\"type\":\"TOKEN\",\"authorizationToken\":"
                    + "\"tok\",\"methodArn\":\"arn:aws:execute-api:us-east-1:000000000000:abcdef1234/Prod/GET/items/1\"}");
            assertThat(functions.lastEvent("fn").at("/requestContext/authorizer").toString())
                    .isEqualTo("{\"principalId\":\"user-1\",\"tier\":\"gold\",\"level\":3,\"integrationLatency\":0}");
        }

        @Test
        void aMissingIdentitySourceIs401WithoutInvokingTheAuthorizer() {
            assertThat(errorOf(() -> gateway.handle(request("GET", "/items/1", null))))
                    .isEqualTo(GatewayError.UNAUTHORIZED);
            assertThat(functions.calls).isEmpty();
        }

        @Test
        void aPolicyNotCoveringTheMethodIsAnImplicitDenyAndADenyIsExplicit() {
            assertThat(errorOf(() -> gateway.handle(request("POST", "/items", null, "Authorization", "tok"))))
                    .isEqualTo(GatewayError.IMPLICIT_DENY);
            functions.returns("auth", DENY);
            assertThat(errorOf(() -> gateway.handle(request("GET", "/items/1", null, "Authorization", "other"))))
                    .isEqualTo(GatewayError.EXPLICIT_DENY);
        }

        @Test
        void answersAreCachedByTokenForTheTtl() {
            gateway.handle(request("GET", "/items/1", null, "Authorization", "tok"));
            gateway.handle(request("GET", "/items/2", null, "Authorization", "tok"));
            assertThat(functions.calls).containsExactly("auth", "fn", "fn");
            clock.millis.addAndGet(300_000);
            gateway.handle(request("GET", "/items/3", null, "Authorization", "tok"));
            assertThat(functions.calls).containsExactly("auth", "fn", "fn", "auth", "fn");
        }

        @Test
        void unauthorizedFromTheFunctionIs401AndOtherFailuresAre500() {
            functions.fails("auth", "Unauthorized");
            assertThat(errorOf(() -> gateway.handle(request("GET", "/items/1", null, "Authorization", "a"))))
                    .isEqualTo(GatewayError.UNAUTHORIZED);
            functions.fails("auth", "boom");
            assertThat(errorOf(() -> gateway.handle(request("GET", "/items/1", null, "Authorization", "b"))))
                    .isEqualTo(GatewayError.REST_AUTHORIZER_FAILURE);
            functions.returns("auth", "{\"principalId\":\"x\"}");
            assertThat(errorOf(() -> gateway.handle(request("GET", "/items/1", null, "Authorization", "c"))))
                    .isEqualTo(GatewayError.REST_AUTHORIZER_FAILURE);
        }

        @Test
        void httpSimpleResponsesAuthorizeAndPassContextUnderLambda() {
            AuthorizerDefinition simple = new AuthorizerDefinition("Simple", AuthorizerType.REQUEST, "auth",
                    List.of("$request.header.X-Key"), 0, null, List.of(), PayloadFormat.V2, true, null);
            FakeFunctions fns = new FakeFunctions().returns("fn", "\"hi\"")
                    .returns("auth", "{\"isAuthorized\":true,\"context\":{\"user\":\"u1\"}}");
            ApiGateway httpGateway = new ApiGateway(List.of(http(List.of(
                    route("GET", "/pets", PayloadFormat.V2, "Simple", List.of(), false, null)), null, List.of(simple))),
                    fns, GatewaySettings.defaults());
            httpGateway.handle(request("GET", "/pets", null, "X-Key", "k"));
            assertThat(fns.lastEvent("auth").get("type").asText()).isEqualTo("REQUEST");
            assertThat(fns.lastEvent("auth").get("routeArn").asText())
                    .isEqualTo("arn:aws:execute-api:us-east-1:000000000000:zyxwvu9876/$default/GET/pets");
            assertThat(fns.lastEvent("auth").get("identitySource").toString()).isEqualTo("[\"k\"]");
            assertThat(fns.lastEvent("fn").at("/requestContext/authorizer").toString())
                    .isEqualTo("{\"lambda\":{\"user\":\"u1\"}}");
            fns.returns("auth", "{\"isAuthorized\":false}");
            assertThat(errorOf(() -> httpGateway.handle(request("GET", "/pets", null, "X-Key", "k"))))
                    .isEqualTo(GatewayError.FORBIDDEN);
        }
    }

    @Nested
    class JwtAndApiKeys {

        private final TokenMint mint = new TokenMint("k1");
        private final ManualClock clock = new ManualClock();
        private final FakeFunctions functions = new FakeFunctions().returns("fn", "{\"statusCode\":204}");
        private final AuthorizerDefinition jwt = new AuthorizerDefinition("Jwt", AuthorizerType.JWT, null,
                List.of("$request.header.Authorization"), 0, "https://issuer", List.of("client"), PayloadFormat.V2,
                false, null);
        private final ApiGateway gateway = new ApiGateway(List.of(
                http(List.of(route("GET", "/orders", PayloadFormat.V2, "Jwt", List.of("orders/read"), false, null)),
                        null, List.of(jwt)),
                rest(List.of(route("GET", "/keyed", PayloadFormat.V1, null, List.of(), true, null)), null, List.of(),
                        List.of("template-key"))),
                functions, GatewaySettings.defaults().withClock(clock).withJwks(Jwks.parse(mint.jwks()))
                        .withApiKeys(Set.of("cli-key")));

        private String token(String scope) {
            return mint.sign("{\"sub\":\"u1\",\"iss\":\"https://issuer\",\"aud\":\"client\",\"exp\":"
                    + (clock.millis() / 1000 + 60) + ",\"scope\":\"" + scope + "\"}");
        }

        @Test
        void aValidTokenWithTheScopeReachesTheFunctionWithItsClaims() {
            ProxyResponse response = gateway.handle(request("GET", "/orders", null, "Authorization",
                    "Bearer " + token("orders/read")));
            assertThat(response.status()).isEqualTo(204);
            assertThat(functions.lastEvent("fn").at("/requestContext/authorizer/jwt/claims/sub").asText()).isEqualTo("u1");
            assertThat(functions.lastEvent("fn").at("/requestContext/authorizer/jwt/scopes").toString())
                    .isEqualTo("[\"orders/read\"]");
        }

        @Test
        void aMissingOrInvalidTokenIs401AndAMissingScope403() {
            assertThat(errorOf(() -> gateway.handle(request("GET", "/orders", null)))).isEqualTo(GatewayError.UNAUTHORIZED);
            assertThat(errorOf(() -> gateway.handle(request("GET", "/orders", null, "Authorization", "Bearer x.y.z"))))
                    .isEqualTo(GatewayError.UNAUTHORIZED);
            assertThat(errorOf(() -> gateway.handle(request("GET", "/orders", null, "Authorization", token("other")))))
                    .isEqualTo(GatewayError.FORBIDDEN);
        }

        @Test
        void apiKeysFromTheTemplateOrTheCommandLineOpenKeyedMethods() {
            assertThat(errorOf(() -> gateway.handle(request("GET", "/keyed", null)))).isEqualTo(GatewayError.FORBIDDEN);
            assertThat(errorOf(() -> gateway.handle(request("GET", "/keyed", null, "x-api-key", "wrong"))))
                    .isEqualTo(GatewayError.FORBIDDEN);
            assertThat(gateway.handle(request("GET", "/keyed", null, "x-api-key", "template-key")).status()).isEqualTo(204);
            assertThat(gateway.handle(request("GET", "/keyed", null, "X-API-Key", "cli-key")).status()).isEqualTo(204);
            assertThat(functions.lastEvent("fn").at("/requestContext/identity/apiKey").asText()).isEqualTo("cli-key");
        }
    }

    @Nested
    class CorsAndValidation {

        private final FakeFunctions functions = new FakeFunctions().returns("fn",
                "{\"statusCode\":200,\"headers\":{\"Access-Control-Allow-Origin\":\"https://fn\"},\"body\":\"x\"}");
        private final RequestValidation validation = new RequestValidation("Item",
                Map.of("type", "object", "required", List.of("name"), "properties",
                        Map.of("name", Map.of("type", "string"))),
                true, true, List.of("method.request.querystring.mode", "method.request.header.x-id"));
        private final ApiGateway gateway = new ApiGateway(List.of(
                rest(List.of(route("POST", "/items", PayloadFormat.V1, null, List.of(), false, validation),
                        route("GET", "/items", PayloadFormat.V1, null, List.of(), false, null)),
                        new CorsPolicy(List.of("*"), List.of(), List.of("Content-Type"), List.of(), 600, false),
                        List.of(), List.of()),
                http(List.of(route("GET", "/pets", PayloadFormat.V2, null, List.of(), false, null)),
                        new CorsPolicy(List.of("https://app.example"), List.of("GET", "POST"), List.of("*"),
                                List.of("x-total"), 300, true), List.of())),
                functions, GatewaySettings.defaults());

        @Test
        void restCorsAnswersOptionsOnTheResourceWithoutInvokingTheFunction() {
            ProxyResponse preflight = gateway.handle(request("OPTIONS", "/Prod/items", null, "Origin", "https://x"));
            assertThat(preflight.status()).isEqualTo(200);
            assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
            assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("GET,OPTIONS,POST");
            assertThat(preflight.header("Access-Control-Allow-Headers")).isEqualTo("Content-Type");
            assertThat(preflight.header("Access-Control-Max-Age")).isEqualTo("600");
            assertThat(functions.calls).isEmpty();
        }

        @Test
        void httpCorsAnswersPreflightAndReplacesTheFunctionsCorsHeaders() {
            ProxyResponse preflight = gateway.handle(request("OPTIONS", "/pets", null, "Origin", "https://app.example",
                    "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "X-Custom"));
            assertThat(preflight.status()).isEqualTo(204);
            assertThat(preflight.header("access-control-allow-origin")).isEqualTo("https://app.example");
            assertThat(preflight.header("access-control-allow-methods")).isEqualTo("GET,POST");
            assertThat(preflight.header("access-control-allow-headers")).isEqualTo("x-custom");
            assertThat(preflight.header("access-control-max-age")).isEqualTo("300");
            assertThat(preflight.header("access-control-allow-credentials")).isEqualTo("true");
            ProxyResponse get = gateway.handle(request("GET", "/pets", null, "Origin", "https://app.example"));
            assertThat(get.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
            assertThat(get.header("access-control-expose-headers")).isEqualTo("x-total");
            ProxyResponse other = gateway.handle(request("GET", "/pets", null, "Origin", "https://evil.example"));
            assertThat(other.header("access-control-allow-origin")).isNull();
        }

        @Test
        void httpCorsHeadersAreAddedToTheGatewaysOwnErrorsButRestErrorsHaveNone() {
            GatewayException notFound = thrownBy(() -> gateway.handle(request("DELETE", "/pets", null,
                    "Origin", "https://app.example")));
            assertThat(notFound.error()).isEqualTo(GatewayError.NOT_FOUND);
            assertThat(notFound.headers()).containsExactly(
                    new HttpHeader("access-control-allow-origin", "https://app.example"),
                    new HttpHeader("access-control-expose-headers", "x-total"),
                    new HttpHeader("access-control-allow-credentials", "true"));
            assertThat(thrownBy(() -> gateway.handle(request("DELETE", "/pets", null,
                    "Origin", "https://evil.example"))).headers()).isEmpty();
            assertThat(thrownBy(() -> gateway.handle(request("POST", "/items", "{}", "Origin", "https://x")))
                    .headers()).isEmpty();
        }

        @Test
        void missingRequiredParametersAreListedBeforeTheBodyIsChecked() {
            assertThatThrownBy(() -> gateway.handle(request("POST", "/items", "{}")))
                    .isInstanceOf(GatewayException.class)
                    .extracting(e -> ((GatewayException) e).body())
                    .isEqualTo("{\"message\": \"Missing required request parameters: [mode, x-id]\"}");
        }

        @Test
        void aBodyThatFailsTheModelIsInvalidRequestBody() {
            assertThat(errorOf(() -> gateway.handle(request("POST", "/items?mode=a", "{\"name\":3}", "x-id", "1"))))
                    .isEqualTo(GatewayError.BAD_REQUEST_BODY);
            assertThat(errorOf(() -> gateway.handle(request("POST", "/items?mode=a", "not json", "x-id", "1"))))
                    .isEqualTo(GatewayError.BAD_REQUEST_BODY);
            assertThat(gateway.handle(request("POST", "/items?mode=a", "{\"name\":\"n\"}", "x-id", "1")).status())
                    .isEqualTo(200);
        }
    }
}
