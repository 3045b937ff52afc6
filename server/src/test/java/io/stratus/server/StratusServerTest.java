package io.stratus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The programmatic API end to end, with the real engine behind a real socket. */
class StratusServerTest {

    private static final String TEMPLATE = """
            AWSTemplateFormatVersion: '2010-09-09'
            Parameters:
              Stage:
                Type: String
                Default: dev
            Resources:
              Orders:
                Type: AWS::DynamoDB::Table
                Properties:
                  TableName: !Sub 'orders-${Stage}'
                  AttributeDefinitions:
                    - AttributeName: id
                      AttributeType: S
                  KeySchema:
                    - AttributeName: id
                      KeyType: HASH
                  BillingMode: PAY_PER_REQUEST
            """;

    private final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private HttpResponse<String> dynamo(URI endpoint, String operation, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                .header("X-Amz-Date", "20240101T000000Z")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20240101/eu-west-1/dynamodb/aws4_request, "
                        + "SignedHeaders=host;x-amz-date, Signature=abc")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private Path template() throws IOException {
        return Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
    }

    @Test
    void portZeroBindsAFreePortAndTheEndpointNamesIt() throws Exception {
        try (StratusServer stratus = StratusServer.builder().port(0).start()) {
            assertThat(stratus.port()).isPositive();
            assertThat(stratus.endpoint()).isEqualTo(URI.create("http://127.0.0.1:" + stratus.port()));

            HttpResponse<String> response = dynamo(stratus.endpoint(), "ListTables", "{}");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"TableNames\":[]}");
            assertThat(response.headers().firstValue("Content-Type")).contains("application/x-amz-json-1.0");
            CRC32 crc = new CRC32();
            crc.update(response.body().getBytes(StandardCharsets.UTF_8));
            assertThat(response.headers().firstValue("x-amz-crc32")).contains(Long.toString(crc.getValue()));
            assertThat(response.headers().firstValue("x-amzn-RequestId")).get().asString().matches("[A-Z0-9]{52}");
        }
    }

    @Test
    void templateTablesExistWhenStartReturns() throws Exception {
        try (StratusServer stratus = StratusServer.builder().port(0).template(template()).parameter("Stage", "test").start()) {
            assertThat(stratus.tableNames()).containsExactly("orders-test");

            HttpResponse<String> described = dynamo(stratus.endpoint(), "DescribeTable", "{\"TableName\":\"orders-test\"}");
            assertThat(described.statusCode()).isEqualTo(200);
            assertThat(described.body()).contains("arn:aws:dynamodb:eu-west-1:000000000000:table/orders-test");
        }
    }

    @Test
    void tablesInTheDataDirectorySurviveARestartWithTheSameTemplate() throws Exception {
        Path data = dir.resolve("data");
        try (StratusServer first = StratusServer.builder().port(0).dataDir(data).template(template()).start()) {
            dynamo(first.endpoint(), "PutItem", "{\"TableName\":\"orders-dev\",\"Item\":{\"id\":{\"S\":\"1\"}}}");
        }
        try (StratusServer second = StratusServer.builder().port(0).dataDir(data).template(template()).start()) {
            HttpResponse<String> item = dynamo(second.endpoint(), "GetItem",
                    "{\"TableName\":\"orders-dev\",\"Key\":{\"id\":{\"S\":\"1\"}}}");

            assertThat(second.tableNames()).containsExactly("orders-dev");
            assertThat(item.body()).isEqualTo("{\"Item\":{\"id\":{\"S\":\"1\"}}}");
        }
    }

    @Test
    void takenPortFailsWithAClearMessage() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> StratusServer.builder().port(port).start())
                    .isInstanceOf(StratusStartupException.class)
                    .hasMessage("Port " + port + " is already in use on 127.0.0.1");
        }
    }

    @Test
    void missingTemplateFailsWithAClearMessage() {
        Path missing = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> StratusServer.builder().port(0).template(missing).start())
                .isInstanceOf(StratusStartupException.class)
                .hasMessage("Template not found: " + missing);
    }

    @Test
    void invalidTemplateFailsNamingTheFile() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "Resources: [unclosed");

        assertThatThrownBy(() -> StratusServer.builder().port(0).template(broken).start())
                .isInstanceOf(StratusStartupException.class)
                .hasMessageStartingWith("Invalid template " + broken + ": ");
    }

    @Test
    void wildcardHostIsReachedThroughLoopback() {
        try (StratusServer stratus = StratusServer.builder().host("0.0.0.0").port(0).start()) {
            assertThat(stratus.endpoint()).isEqualTo(URI.create("http://127.0.0.1:" + stratus.port()));
        }
    }

    @Test
    void closeReleasesThePortAndMayBeCalledTwice() throws IOException {
        StratusServer stratus = StratusServer.builder().port(0).start();
        int port = stratus.port();

        stratus.close();
        stratus.close();

        try (ServerSocket again = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"))) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }
}
