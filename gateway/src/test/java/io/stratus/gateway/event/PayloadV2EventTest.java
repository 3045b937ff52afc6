package io.stratus.gateway.event;

import static io.stratus.gateway.Fixtures.request;
import static io.stratus.gateway.Fixtures.route;
import static org.assertj.core.api.Assertions.assertThat;

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

class PayloadV2EventTest {

    private static final EventContext CONTEXT =
            new EventContext("123456789012", "zyxwvu9876.execute-api.us-east-1.amazonaws.com", null, null);

    private static RouteMatch match(ApiDefinition api, String method, String path) {
        return ((RouteLookup.Matched) RouteTable.build(List.of(api)).lookup(method, path)).match();
    }

    private static final ApiDefinition HTTP = Fixtures.with(
            Fixtures.http("Http", "$default", route("POST", "/my/{param}", PayloadFormat.V2)),
            Map.of("stageVariable1", "value1"), null, List.of(), List.of(), List.of());

    @Test
    void eventMatchesTheGoldenFile() {
        ApiRequest request = request("POST", "/my/path?parameter1=value1&parameter1=value2&parameter2=value",
                "Hello from Lambda", "Header1", "value1", "Header2", "value1", "Header2", "value2",
                "Cookie", "cookie1; cookie2", "Content-Type", "text/plain", "User-Agent", "agent");
        Golden.assertMatches(PayloadV2Event.build(request, match(HTTP, "POST", "/my/path"), CONTEXT), "http-v2");
    }

    @Test
    void emptyFieldsAreAbsentRatherThanNull() {
        ApiDefinition bare = Fixtures.http("Http", "$default", route("ANY", "$default", PayloadFormat.V2));
        ObjectNode event = PayloadV2Event.build(request("GET", "/x", null), match(bare, "GET", "/x"), CONTEXT);
        for (String field : List.of("cookies", "queryStringParameters", "pathParameters", "stageVariables", "body")) {
            assertThat(event.has(field)).as(field).isFalse();
        }
        assertThat(event.get("rawQueryString").asText()).isEmpty();
        assertThat(event.get("routeKey").asText()).isEqualTo("$default");
        assertThat(event.has("multiValueHeaders")).isFalse();
    }

    @Test
    void aNamedStageIsPartOfTheHttpPath() {
        ApiDefinition staged = Fixtures.http("Http", "dev", route("GET", "/pets", PayloadFormat.V2));
        ObjectNode event = PayloadV2Event.build(request("GET", "/dev/pets", null), match(staged, "GET", "/dev/pets"),
                CONTEXT);
        assertThat(event.at("/requestContext/http/path").asText()).isEqualTo("/dev/pets");
        assertThat(event.at("/requestContext/stage").asText()).isEqualTo("dev");
    }

    @Test
    void aFormPostArrivesBase64EncodedAsHttpApisSendIt() {
        ObjectNode event = PayloadV2Event.build(request("POST", "/my/x", "a=1",
                "Content-Type", "application/x-www-form-urlencoded"), match(HTTP, "POST", "/my/x"), CONTEXT);
        assertThat(event.get("body").asText()).isEqualTo("YT0x");
        assertThat(event.get("isBase64Encoded").asBoolean()).isTrue();
    }

    @Test
    void rawPathArrivesDecodedWhileRawQueryStringStaysAsSent() {
        ApiRequest request = new ApiRequest("GET", "/my/a b", "/my/a%20b", "q=x%20y&q=z", List.of(), new byte[0],
                "192.0.2.1", "HTTP/1.1", Fixtures.REQUEST_ID, Fixtures.EPOCH_MILLIS);
        ObjectNode event = PayloadV2Event.build(request, match(HTTP, "POST", "/my/a b"), CONTEXT);
        assertThat(event.get("rawPath").asText()).isEqualTo("/my/a b");
        assertThat(event.get("rawQueryString").asText()).isEqualTo("q=x%20y&q=z");
        assertThat(event.at("/queryStringParameters/q").asText()).isEqualTo("x y,z");
        assertThat(event.at("/requestContext/http/sourceIp").asText()).isEqualTo("192.0.2.1");
    }
}
