package io.stratus.gateway.event;

import static io.stratus.gateway.Fixtures.request;
import static io.stratus.gateway.Fixtures.route;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stratus.gateway.Fixtures;
import io.stratus.gateway.route.RouteLookup;
import io.stratus.gateway.route.RouteMatch;
import io.stratus.gateway.route.RouteTable;
import io.stratus.gateway.template.ApiDefinition;
import io.stratus.gateway.template.PayloadFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayloadV1EventTest {

    private static final EventContext CONTEXT =
            new EventContext("123456789012", "abcdef1234.execute-api.us-east-1.amazonaws.com", null, null);

    private static RouteMatch match(ApiDefinition api, String method, String path) {
        return ((RouteLookup.Matched) RouteTable.build(List.of(api)).lookup(method, path)).match();
    }

    private static final ApiDefinition REST = Fixtures.with(
            Fixtures.rest("Api", "Prod", route("POST", "/items/{id}", PayloadFormat.V1)),
            Map.of("table", "items-prod"), null, List.of("image/*"), List.of(), List.of());

    @Test
    void restEventMatchesTheGoldenFile() {
        ApiRequest request = request("POST", "/Prod/items/42?tag=a&tag=b&single=1", "{\"name\":\"x\"}",
                "Host", "abcdef1234.execute-api.us-east-1.amazonaws.com", "Content-Type", "application/json",
                "User-Agent", "curl/8.0", "X-Multi", "one", "x-multi", "two");
        Golden.assertMatches(PayloadV1Event.build(request, match(REST, "POST", "/Prod/items/42"), CONTEXT), "rest-v1");
    }

    @Test
    void restKeepsTheLastDuplicateAndTheClientsHeaderCasing() {
        ApiRequest request = request("POST", "/items/42?tag=a&tag=b", null, "X-Multi", "one", "x-multi", "two");
        ObjectNode event = PayloadV1Event.build(request, match(REST, "POST", "/items/42"), CONTEXT);
        assertThat(event.get("headers").toString()).isEqualTo("{\"X-Multi\":\"two\"}");
        assertThat(event.get("multiValueHeaders").toString()).isEqualTo("{\"X-Multi\":[\"one\",\"two\"]}");
        assertThat(event.get("queryStringParameters").toString()).isEqualTo("{\"tag\":\"b\"}");
        assertThat(event.has("version")).isFalse();
    }

    @Test
    void restPathHasNoStageButRequestContextPathHasIt() {
        ObjectNode event = PayloadV1Event.build(request("POST", "/items/42", null), match(REST, "POST", "/items/42"),
                CONTEXT);
        assertThat(event.get("path").asText()).isEqualTo("/items/42");
        assertThat(event.at("/requestContext/path").asText()).isEqualTo("/Prod/items/42");
        assertThat(event.at("/requestContext/resourcePath").asText()).isEqualTo("/items/{id}");
    }

    @Test
    void restPathKeepsThePercentEncodingTheClientSentWhilePathParametersAreDecoded() {
        ApiRequest request = new ApiRequest("POST", "/Prod/items/a b", "/Prod/items/a%20b", "", List.of(),
                new byte[0], "192.0.2.1", "HTTP/1.1", Fixtures.REQUEST_ID, Fixtures.EPOCH_MILLIS);
        ObjectNode event = PayloadV1Event.build(request, match(REST, "POST", "/Prod/items/a b"), CONTEXT);
        assertThat(event.get("path").asText()).isEqualTo("/items/a%20b");
        assertThat(event.at("/requestContext/path").asText()).isEqualTo("/Prod/items/a%20b");
        assertThat(event.at("/pathParameters/id").asText()).isEqualTo("a b");
    }

    @Test
    void theSourceIpIsTheClientsAddress() {
        ObjectNode event = PayloadV1Event.build(request("POST", "/items/42", null), match(REST, "POST", "/items/42"),
                CONTEXT);
        assertThat(event.at("/requestContext/identity/sourceIp").asText()).isEqualTo("192.0.2.1");
    }

    @Test
    void emptyMapsAndBodyAreNullNotAbsent() {
        ApiDefinition bare = Fixtures.rest("Api", "Prod", route("GET", "/", PayloadFormat.V1));
        ObjectNode event = PayloadV1Event.build(request("GET", "/", null), match(bare, "GET", "/"), CONTEXT);
        for (String field : List.of("headers", "multiValueHeaders", "queryStringParameters",
                "multiValueQueryStringParameters", "pathParameters", "stageVariables", "body")) {
            assertThat(event.get(field)).as(field).isNotNull();
            assertThat(event.get(field).isNull()).as(field).isTrue();
        }
        assertThat(event.get("isBase64Encoded").asBoolean()).isFalse();
    }

    @Test
    void aBinaryMediaTypeBodyIsBase64Encoded() {
        ObjectNode event = PayloadV1Event.build(request("POST", "/items/1", "PNG", "Content-Type", "image/png"),
                match(REST, "POST", "/items/1"), CONTEXT);
        assertThat(event.get("body").asText()).isEqualTo("UE5H");
        assertThat(event.get("isBase64Encoded").asBoolean()).isTrue();
    }

    @Test
    void theAuthorizerContextAndApiKeyAreCarried() {
        ObjectNode authorizer = JsonNodeFactory.instance.objectNode().put("principalId", "user-1").put("tier", "gold");
        EventContext context = new EventContext("123456789012", "localhost:4566", authorizer, "key-123");
        ObjectNode event = PayloadV1Event.build(request("POST", "/items/1", null), match(REST, "POST", "/items/1"),
                context);
        assertThat(event.at("/requestContext/authorizer")).isEqualTo(authorizer);
        assertThat(event.at("/requestContext/identity/apiKey").asText()).isEqualTo("key-123");
        assertThat(event.at("/requestContext/domainPrefix").asText()).isEqualTo("localhost");
    }

    @Test
    void httpApiPayloadOneEventMatchesTheGoldenFile() {
        ApiDefinition http = Fixtures.http("Http", "$default", route("GET", "/my/path", PayloadFormat.V1));
        ApiRequest request = request("GET", "/my/path?parameter1=value1&parameter1=value2&parameter2=value", null,
                "Header1", "value1", "Header2", "value1", "Header2", "value2", "User-Agent", "agent");
        Golden.assertMatches(PayloadV1Event.build(request, match(http, "GET", "/my/path"),
                new EventContext("123456789012", "zyxwvu9876.execute-api.us-east-1.amazonaws.com", null, null)),
                "http-v1");
    }
}
