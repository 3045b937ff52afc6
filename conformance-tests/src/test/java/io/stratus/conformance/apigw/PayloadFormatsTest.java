package io.stratus.conformance.apigw;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The events functions receive for each payload format (REST 1.0, HTTP API 1.0, HTTP API 2.0) and the responses
 * clients get back, through SAM's implicit APIs; sources: "Lambda proxy integrations in API Gateway" and
 * "Create AWS Lambda proxy integrations for HTTP APIs".
 */
@ExtendWith(ApiTargetExtension.class)
class PayloadFormatsTest {

    @Nested
    class RestPayloadOne {

        @Test
        void theEventCarriesThePathWithoutStageParametersHeadersAndQueryAsRestSendsThem(ApiTarget target) {
            JsonNode event = target.echoedEvent(target.request("/Prod/rest/echo/a%20b?tag=x&tag=y&one=1")
                    .header("X-Multi", "first").header("X-Multi", "second").header("User-Agent", "conformance/1")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"n\":1}")));
            assertThat(event.has("version")).isFalse();
            assertThat(event.get("resource").asText()).isEqualTo("/rest/echo/{id}");
            assertThat(event.get("path").asText()).isEqualTo("/rest/echo/a%20b");
            assertThat(event.get("httpMethod").asText()).isEqualTo("POST");
            assertThat(event.at("/pathParameters/id").asText()).isEqualTo("a b");
            assertThat(event.at("/queryStringParameters/tag").asText()).isEqualTo("y");
            assertThat(event.at("/multiValueQueryStringParameters/tag")).hasSize(2);
            assertThat(event.at("/multiValueQueryStringParameters/tag/0").asText()).isEqualTo("x");
            assertThat(event.at("/headers/X-Multi").asText()).isEqualTo("second");
            assertThat(event.at("/multiValueHeaders/X-Multi").toString()).isEqualTo("[\"first\",\"second\"]");
            assertThat(event.get("body").asText()).isEqualTo("{\"n\":1}");
            assertThat(event.get("isBase64Encoded").asBoolean()).isFalse();
            assertThat(event.get("stageVariables").isNull()).isTrue();
            JsonNode context = event.get("requestContext");
            assertThat(context.get("path").asText()).isEqualTo("/Prod/rest/echo/a%20b");
            assertThat(context.get("stage").asText()).isEqualTo("Prod");
            assertThat(context.get("resourcePath").asText()).isEqualTo("/rest/echo/{id}");
            assertThat(context.get("httpMethod").asText()).isEqualTo("POST");
            assertThat(context.get("accountId").asText()).isEqualTo("000000000000");
            assertThat(context.at("/identity/sourceIp").asText()).isEqualTo("127.0.0.1");
            assertThat(context.at("/identity/userAgent").asText()).isEqualTo("conformance/1");
            assertThat(context.at("/identity/caller").isNull()).isTrue();
            assertThat(context.get("requestTime").asText()).matches("\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000");
            assertThat(context.get("requestTimeEpoch").asLong()).isPositive();
        }

        @Test
        void aRequestWithoutQueryOrPathParametersHasNullMapsAndANullBody(ApiTarget target) {
            JsonNode event = target.echoedEvent(target.request("/Prod/").GET());
            assertThat(event.get("resource").asText()).isEqualTo("/");
            assertThat(event.get("path").asText()).isEqualTo("/");
            for (String field : List.of("queryStringParameters", "multiValueQueryStringParameters", "pathParameters",
                    "body")) {
                assertThat(event.get(field).isNull()).as(field).isTrue();
            }
        }

        @Test
        void theApiIsServedUnderItsStageAndAtTheRoot(ApiTarget target) {
            JsonNode staged = target.echoedEvent(target.request("/Prod/rest/proxy/x").GET());
            JsonNode root = target.echoedEvent(target.request("/rest/proxy/x").GET());
            assertThat(staged.get("path").asText()).isEqualTo("/rest/proxy/x");
            assertThat(root.get("path").asText()).isEqualTo("/rest/proxy/x");
            assertThat(root.at("/requestContext/stage").asText()).isEqualTo("Prod");
        }

        @Test
        void aGreedyProxyParameterSpansSeveralSegmentsForAnyMethod(ApiTarget target) {
            JsonNode event = target.echoedEvent(target.request("/Prod/rest/proxy/a/b/c")
                    .method("DELETE", HttpRequest.BodyPublishers.noBody()));
            assertThat(event.get("resource").asText()).isEqualTo("/rest/proxy/{proxy+}");
            assertThat(event.at("/pathParameters/proxy").asText()).isEqualTo("a/b/c");
            assertThat(event.get("httpMethod").asText()).isEqualTo("DELETE");
        }

        @Test
        void typedHandlersGetTheEventAndTheirCookiesAreSentAsSeparateSetCookieLines(ApiTarget target) {
            HttpResponse<String> response = target.text(target.request("/Prod/rest/typed/42").GET());
            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(response.body()).isEqualTo("GET /rest/typed/{id} id=42 ip=127.0.0.1");
            assertThat(response.headers().firstValue("Content-Type")).contains("text/plain");
            assertThat(response.headers().firstValue("X-Handler")).contains("typed-rest");
            assertThat(response.headers().allValues("Set-Cookie")).containsExactly("session=abc; Path=/; HttpOnly",
                    "theme=dark; Expires=Wed, 21 Oct 2037 07:28:00 GMT");
        }
    }

    @Nested
    class HttpPayloadOne {

        @Test
        void headersAreLowerCasedAndDuplicatesJoinedWithCommasInTheSingleValueMaps(ApiTarget target) {
            JsonNode event = target.echoedEvent(target.request("/http/v1/a/b?k=1&k=2")
                    .header("X-Multi", "first").header("X-Multi", "second").GET());
            assertThat(event.get("version").asText()).isEqualTo("1.0");
            assertThat(event.get("resource").asText()).isEqualTo("/http/v1/{proxy+}");
            assertThat(event.get("path").asText()).isEqualTo("/http/v1/a/b");
            assertThat(event.at("/pathParameters/proxy").asText()).isEqualTo("a/b");
            assertThat(event.at("/headers/x-multi").asText()).isEqualTo("first,second");
            assertThat(event.at("/multiValueHeaders/x-multi").toString()).isEqualTo("[\"first\",\"second\"]");
            assertThat(event.at("/queryStringParameters/k").asText()).isEqualTo("1,2");
            assertThat(event.at("/multiValueQueryStringParameters/k").toString()).isEqualTo("[\"1\",\"2\"]");
            assertThat(event.at("/requestContext/stage").asText()).isEqualTo("$default");
            assertThat(event.at("/requestContext/identity/sourceIp").asText()).isEqualTo("127.0.0.1");
        }
    }

    @Nested
    class HttpPayloadTwo {

        @Test
        void theEventHasRawPathQueryCookiesAndNoMultiValueFields(ApiTarget target) {
            JsonNode event = target.echoedEvent(target.request("/http/v2/7?b=2&a=1&a=x%20y")
                    .header("Cookie", "c1=v1; c2=v2").header("X-Multi", "first").header("X-Multi", "second")
                    .header("User-Agent", "conformance/2").GET());
            assertThat(event.get("version").asText()).isEqualTo("2.0");
            assertThat(event.get("routeKey").asText()).isEqualTo("GET /http/v2/{id}");
            assertThat(event.get("rawPath").asText()).isEqualTo("/http/v2/7");
            assertThat(event.get("rawQueryString").asText()).isEqualTo("b=2&a=1&a=x%20y");
            assertThat(event.get("cookies").toString()).isEqualTo("[\"c1=v1\",\"c2=v2\"]");
            assertThat(event.at("/headers/cookie").isMissingNode()).isTrue();
            assertThat(event.at("/headers/x-multi").asText()).isEqualTo("first,second");
            assertThat(event.at("/queryStringParameters/a").asText()).isEqualTo("1,x y");
            assertThat(event.at("/pathParameters/id").asText()).isEqualTo("7");
            for (String absent : List.of("multiValueHeaders", "multiValueQueryStringParameters", "body",
                    "stageVariables")) {
                assertThat(event.has(absent)).as(absent).isFalse();
            }
            JsonNode http = event.at("/requestContext/http");
            assertThat(http.get("method").asText()).isEqualTo("GET");
            assertThat(http.get("path").asText()).isEqualTo("/http/v2/7");
            assertThat(http.get("sourceIp").asText()).isEqualTo("127.0.0.1");
            assertThat(http.get("userAgent").asText()).isEqualTo("conformance/2");
            assertThat(event.at("/requestContext/routeKey").asText()).isEqualTo("GET /http/v2/{id}");
            assertThat(event.at("/requestContext/stage").asText()).isEqualTo("$default");
            assertThat(event.at("/requestContext/timeEpoch").asLong()).isPositive();
        }

        @Test
        void aTypedHandlersCookiesBecomeOneSetCookieHeaderEach(ApiTarget target) {
            HttpResponse<String> response = target.text(target.request("/http/typed")
                    .header("Cookie", "a=1; b=2").GET());
            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(response.body()).isEqualTo("GET /http/typed /http/typed ip=127.0.0.1");
            assertThat(response.headers().allValues("set-cookie")).containsExactly("got=2; Path=/", "second=2; Max-Age=60");
        }

        @Test
        void anHttpApiOnANamedStageIsServedUnderItAndItsPathsCarryTheStage(ApiTarget target) {
            JsonNode event = target.echoedEvent(target.request("/dev/secure/open").GET());
            assertThat(event.at("/requestContext/stage").asText()).isEqualTo("dev");
            assertThat(event.at("/requestContext/http/path").asText()).isEqualTo("/dev/secure/open");
            assertThat(event.get("rawPath").asText()).isEqualTo("/dev/secure/open");
        }
    }

    @Test
    void apiUrlsGiveEachApisLocalBaseUrl(ApiTarget target) {
        URI endpoint = target.sam().endpoint();
        assertThat(target.sam().apiUrls())
                .containsEntry("ServerlessRestApi", URI.create(endpoint + "/Prod"))
                .containsEntry("ShopApi", URI.create(endpoint + "/v1"))
                .containsEntry("ServerlessHttpApi", endpoint)
                .containsEntry("SecureApi", URI.create(endpoint + "/dev"));
        HttpResponse<String> viaUrl = target.text(HttpRequest.newBuilder(
                URI.create(target.sam().apiUrls().get("ServerlessRestApi") + "/rest/typed/1")).GET());
        assertThat(viaUrl.statusCode()).isEqualTo(201);
    }
}
