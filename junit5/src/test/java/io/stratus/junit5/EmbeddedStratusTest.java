package io.stratus.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.server.StratusStartupException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** The programmatic handle: start, clients, reset and close against a real embedded server. */
class EmbeddedStratusTest {

    @TempDir
    Path dir;

    @Test
    void startsOnARandomPortWithTheTablesOfAClasspathTemplate() {
        try (Stratus stratus = Stratus.builder().template("template.yaml").parameter("Stage", "test").start()) {
            assertThat(stratus.port()).isPositive();
            assertThat(stratus.endpoint().toString()).isEqualTo("http://127.0.0.1:" + stratus.port());
            assertThat(stratus.tableNames()).containsExactly("events", "orders-test");
            assertThat(stratus.dynamoDb().listTables().tableNames()).containsExactly("events", "orders-test");
        }
    }

    @Test
    void templateIsReadFromTheFileSystemWhenNoClasspathResourceHasItsName() throws IOException {
        Path template = Files.copy(Path.of("src/test/resources/template.yaml"), dir.resolve("other-template.yaml"));

        try (Stratus stratus = Stratus.builder().template(template.toString()).start()) {
            assertThat(stratus.tableNames()).containsExactly("events", "orders-dev");
        }
    }

    @Test
    void missingTemplateNamesWhereItWasLookedFor() {
        assertThatThrownBy(() -> Stratus.builder().template("no-such-template.yaml"))
                .isInstanceOf(StratusStartupException.class)
                .hasMessage("Template no-such-template.yaml is neither a classpath resource nor a file (looked at "
                        + Path.of("no-such-template.yaml").toAbsolutePath() + ")");
    }

    @Test
    void dynamoDbClientWritesAndReadsThroughTheInstance() {
        try (Stratus stratus = Stratus.builder().template("template.yaml").start()) {
            DynamoDbClient dynamo = stratus.dynamoDb();
            dynamo.putItem(r -> r.tableName("orders-dev").item(Map.of(
                    "id", AttributeValue.fromS("o-1"), "total", AttributeValue.fromN("42"))));

            assertThat(dynamo.getItem(r -> r.tableName("orders-dev").key(Map.of("id", AttributeValue.fromS("o-1"))))
                    .item()).containsEntry("total", AttributeValue.fromN("42"));
            assertThat(stratus.dynamoDb()).isSameAs(dynamo);
        }
    }

    @Test
    void resetTablesRemovesEveryItemAndKeepsTheTables() {
        try (Stratus stratus = Stratus.builder().template("template.yaml").start()) {
            DynamoDbClient dynamo = stratus.dynamoDb();
            // Several partitions of a composite key.
            for (int batch = 0; batch < 3; batch++) {
                int first = batch * 25;
                dynamo.batchWriteItem(r -> r.requestItems(Map.of("events", java.util.stream.IntStream
                        .range(first, first + 25)
                        .mapToObj(i -> WriteRequest.builder().putRequest(p -> p.item(Map.of(
                                "pk", AttributeValue.fromS("p" + i % 3), "sk", AttributeValue.fromN(Integer.toString(i)))))
                                .build())
                        .toList())));
            }
            dynamo.putItem(r -> r.tableName("orders-dev").item(Map.of("id", AttributeValue.fromS("o-1"))));

            stratus.resetTables();

            assertThat(dynamo.scan(r -> r.tableName("events")).count()).isZero();
            assertThat(dynamo.scan(r -> r.tableName("orders-dev")).count()).isZero();
            assertThat(stratus.tableNames()).containsExactly("events", "orders-dev");
            assertThat(dynamo.describeTable(r -> r.tableName("events")).table().keySchema()).hasSize(2);
            assertThat(dynamo.describeTable(r -> r.tableName("events")).table().itemCount()).isZero();
            // the emptied table takes new items
            dynamo.putItem(r -> r.tableName("events").item(Map.of(
                    "pk", AttributeValue.fromS("p0"), "sk", AttributeValue.fromN("1"))));
            assertThat(dynamo.scan(r -> r.tableName("events")).count()).isEqualTo(1);
        }
    }

    @Test
    void lambdaClientIsPointedAtTheInstanceWithItsRegion() {
        try (Stratus stratus = Stratus.builder().region("eu-west-1").start()) {
            LambdaClient lambda = stratus.lambda();

            assertThat(lambda.serviceClientConfiguration().endpointOverride()).contains(stratus.endpoint());
            assertThat(lambda.serviceClientConfiguration().region().id()).isEqualTo("eu-west-1");
        }
    }

    @Test
    void clientOfAnApiStratusDoesNotServeIsRejected() {
        try (Stratus stratus = Stratus.builder().start()) {
            assertThatThrownBy(() -> stratus.client(String.class))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("java.lang.String is not a client of an API Stratus serves; one of [");
        }
    }

    @Test
    void closeStopsServing() {
        Stratus stratus = Stratus.builder().start();
        int port = stratus.port();

        stratus.close();
        stratus.close();

        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    }
}
