package io.stratus.server.apigw;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.server.StratusServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SAM template's APIs served by a running Stratus, its functions on the Lambda host. */
class ApiGatewayEndToEndTest {

    private static final String TEMPLATE = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              EchoFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: io.stratus.server.apigw.EchoProxyHandler
                  Runtime: java17
                  Events:
                    Item:
                      Type: Api
                      Properties: {Path: '/items/{id}', Method: get}
                    Boom:
                      Type: Api
                      Properties: {Path: /boom, Method: get}
                    Pets:
                      Type: HttpApi
                      Properties: {Path: '/pets/{petId}', Method: GET}
            """;

    private static HttpResponse<String> get(StratusServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.endpoint() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void restAndHttpRoutesReachTheFunctionAndErrorsAreApiGateways(@TempDir Path dir) throws Exception {
        Path template = Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        try (StratusServer server = StratusServer.builder().port(0).template(template).start()) {
            HttpResponse<String> rest = get(server, "/Prod/items/42");
            assertThat(rest.statusCode()).isEqualTo(200);
            assertThat(rest.body()).isEqualTo("/items/{id} {id=42}");
            assertThat(get(server, "/pets/7").body()).isEqualTo("GET /pets/{petId} {petId=7}");

            HttpResponse<String> missing = get(server, "/Prod/nothing");
            assertThat(missing.statusCode()).isEqualTo(403);
            assertThat(missing.body()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
            assertThat(missing.headers().firstValue("x-amzn-ErrorType")).hasValue("MissingAuthenticationTokenException");

            HttpResponse<String> boom = get(server, "/Prod/boom");
            assertThat(boom.statusCode()).isEqualTo(502);
            assertThat(boom.body()).isEqualTo("{\"message\": \"Internal server error\"}");
        }
    }
}
