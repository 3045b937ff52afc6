package io.stratus.server.apigw;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseDecoder;
import io.stratus.gateway.integration.FunctionInvoker;
import io.stratus.gateway.integration.FunctionResult;
import io.stratus.gateway.proxy.GatewaySettings;
import io.stratus.gateway.template.ApiDefinition;
import io.stratus.gateway.template.ApiKind;
import io.stratus.gateway.template.CorsPolicy;
import io.stratus.gateway.template.ApiRoute;
import io.stratus.gateway.template.PayloadFormat;
import io.stratus.lambda.LambdaHost;
import io.stratus.lambda.error.LambdaException;
import io.stratus.server.netty.ServerRequest;
import io.stratus.server.netty.ServerResponse;
import io.stratus.server.netty.StratusChannelInitializer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ApiGatewayServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> events = new ArrayList<>();
    private String answer = "{\"statusCode\":201,\"headers\":{\"Content-Type\":\"text/plain\",\"X-A\":\"1\"},"
            + "\"multiValueHeaders\":{\"Set-Cookie\":[\"a=1\",\"b=2\"]},\"body\":\"created\"}";
    private final FunctionInvoker invoker = (name, payload) -> {
        try {
            events.add(JSON.readTree(payload));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return CompletableFuture.completedFuture(new FunctionResult(answer.getBytes(StandardCharsets.UTF_8),
                answer.contains("errorMessage")));
    };

    private final ApiDefinition shop = new ApiDefinition("Shop", ApiKind.REST, "abcdef1234", "Prod", Map.of(),
            List.of(new ApiRoute("POST", "/items/{id}", "Fn", "fn", PayloadFormat.V1, null, List.of(), false, null)),
            null, List.of(), Map.of(), List.of());
    private final ApiGatewayService service = new ApiGatewayService(List.of(shop), invoker, GatewaySettings.defaults(),
            Runnable::run);

    private static ServerRequest request(String method, String path, String... headers) {
        DefaultHttpHeaders h = new DefaultHttpHeaders();
        for (int i = 0; i < headers.length; i += 2) {
            h.add(headers[i], headers[i + 1]);
        }
        return new ServerRequest(method, path, Map.of("q", List.of("a b")), h, "{}".getBytes(StandardCharsets.UTF_8),
                "req-1");
    }

    @Test
    void claimsApiRoutesAndStagePrefixesButNeverDynamoDbLambdaOrStratusRequests() {
        assertThat(service.accepts(request("POST", "/items/1"))).isTrue();
        assertThat(service.accepts(request("GET", "/Prod/unknown"))).isTrue();
        assertThat(service.accepts(request("POST", "/items/1", "X-Amz-Target", "DynamoDB_20120810.GetItem"))).isFalse();
        assertThat(service.accepts(request("POST", "/2015-03-31/functions/fn/invocations"))).isFalse();
        assertThat(service.accepts(request("GET", "/_stratus/health"))).isFalse();
        assertThat(service.accepts(request("GET", "/elsewhere"))).isFalse();
    }

    @Test
    void aRouteIsServedFromTheFunctionsProxyResponse() {
        ServerResponse response = service.handle(request("POST", "/items/7", "User-Agent", "test"));
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.contentType()).isEqualTo("text/plain");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("created");
        assertThat(response.headers()).containsEntry("X-A", "1").doesNotContainKey("Set-Cookie");
        assertThat(response.multiValueHeaders()).containsEntry("Set-Cookie", List.of("a=1", "b=2"));
        JsonNode event = events.get(0);
        assertThat(event.get("queryStringParameters").toString()).isEqualTo("{\"q\":\"a b\"}");
        assertThat(event.at("/requestContext/requestId").asText()).isEqualTo("req-1");
        assertThat(event.at("/requestContext/identity/userAgent").asText()).isEqualTo("test");
    }

    @Test
    void gatewayErrorsAreRenderedWithTheirExactBodyAndErrorType() {
        ServerResponse missing = service.handle(request("GET", "/Prod/unknown"));
        assertThat(missing.status()).isEqualTo(403);
        assertThat(missing.contentType()).isEqualTo("application/json");
        assertThat(new String(missing.body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"message\":\"Missing Authentication Token\"}");
        assertThat(missing.headers()).containsEntry("x-amzn-ErrorType", "MissingAuthenticationTokenException");
        answer = "{\"errorMessage\":\"boom\"}";
        ServerResponse failed = service.handle(request("POST", "/items/1"));
        assertThat(failed.status()).isEqualTo(502);
        assertThat(new String(failed.body(), StandardCharsets.UTF_8)).isEqualTo("{\"message\": \"Internal server error\"}");
        assertThat(failed.headers()).containsEntry("x-amzn-ErrorType", "InternalServerErrorException");
    }

    @Test
    void gatewayErrorsOfAnHttpApiWithCorsCarryTheCorsHeaders() {
        ApiDefinition pets = new ApiDefinition("Pets", ApiKind.HTTP, "zyxwvu9876", "$default", Map.of(),
                List.of(new ApiRoute("GET", "/pets", "Fn", "fn", PayloadFormat.V2, null, List.of(), false, null)),
                new CorsPolicy(List.of("*"), List.of("GET"), List.of(), List.of(), -1, false), List.of(), Map.of(),
                List.of());
        ApiGatewayService http = new ApiGatewayService(List.of(pets), invoker, GatewaySettings.defaults(), Runnable::run);
        answer = "{\"errorMessage\":\"boom\"}";
        ServerResponse failed = http.handle(request("GET", "/pets", "Origin", "https://app.example"));
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.headers()).containsEntry("access-control-allow-origin", "*")
                .containsEntry("x-amzn-ErrorType", "InternalServerErrorException");
    }

    @Test
    void theEventCarriesThePathAndQueryAsSentAndTheClientsAddress() {
        DefaultHttpHeaders headers = new DefaultHttpHeaders();
        ServerRequest sent = new ServerRequest("POST", "/Prod/items/a b", Map.of("q", List.of("x y")), headers,
                new byte[0], "req-2", "/Prod/items/a%20b?q=x%20y", new InetSocketAddress("192.0.2.7", 50_000));
        service.handle(sent);
        JsonNode event = events.get(0);
        assertThat(event.get("path").asText()).isEqualTo("/items/a%20b");
        assertThat(event.at("/pathParameters/id").asText()).isEqualTo("a b");
        assertThat(event.at("/multiValueQueryStringParameters/q/0").asText()).isEqualTo("x y");
        assertThat(event.at("/requestContext/identity/sourceIp").asText()).isEqualTo("192.0.2.7");
    }

    @Test
    void theServiceRunsInTheServersPipelineAndTheEventCarriesTheResponsesRequestId() {
        EmbeddedChannel server = new EmbeddedChannel();
        StratusChannelInitializer.configure(server.pipeline(), List.of(service), Runnable::run, 1 << 20);
        server.writeInbound(Unpooled.copiedBuffer("POST /Prod/items/3 HTTP/1.1\r\nHost: localhost:4566\r\n"
                + "Content-Length: 2\r\n\r\n{}", StandardCharsets.ISO_8859_1));
        EmbeddedChannel client = new EmbeddedChannel(new HttpResponseDecoder(), new HttpObjectAggregator(1 << 20));
        ByteBuf out;
        while ((out = server.readOutbound()) != null) {
            client.writeInbound(out);
        }
        FullHttpResponse response = client.readInbound();
        try {
            assertThat(response.status().code()).isEqualTo(201);
            assertThat(response.content().toString(StandardCharsets.UTF_8)).isEqualTo("created");
            assertThat(events.get(0).at("/requestContext/requestId").asText())
                    .isEqualTo(response.headers().get("x-amzn-RequestId"));
            assertThat(events.get(0).at("/requestContext/domainName").asText()).isEqualTo("localhost:4566");
            assertThat(events.get(0).at("/requestContext/path").asText()).isEqualTo("/Prod/items/3");
        } finally {
            response.release();
            server.finishAndReleaseAll();
            client.finishAndReleaseAll();
        }
    }

    @Test
    void lambdaHostInvokeErrorsBecomeFailedFutures() throws Exception {
        try (LambdaHost host = LambdaHost.builder().build()) {
            CompletableFuture<FunctionResult> result = new LambdaHostInvoker(host).invoke("missing", new byte[0]);
            assertThat(result).isCompletedExceptionally();
            try {
                result.get();
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(LambdaException.class);
            }
        }
    }
}
