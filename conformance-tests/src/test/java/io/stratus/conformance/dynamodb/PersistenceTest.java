package io.stratus.conformance.dynamodb;

import static io.stratus.conformance.target.Tables.attribute;
import static io.stratus.conformance.target.Tables.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.stratus.conformance.target.ConformanceTest;
import io.stratus.conformance.target.SdkClients;
import io.stratus.conformance.target.Tables;
import io.stratus.conformance.target.Target;
import io.stratus.server.StratusServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** Stratus-only: a server restarted on the same data directory brings back every table and item. */
@ConformanceTest
class PersistenceTest {

    @Test
    void aServerRestartedOnTheSameDataDirectoryBringsBackTablesAndItems(Target target, @TempDir Path dataDir) {
        assumeTrue(target.isStratus(), "restarts are only possible on an in-process Stratus");
        String table = Tables.uniqueName("persist");
        Map<String, AttributeValue> item = Map.of(
                "pk", AttributeValue.fromS("p"), "sk", AttributeValue.fromN("1"),
                "gpk", AttributeValue.fromS("g"), "gsk", AttributeValue.fromN("2"),
                "doc", AttributeValue.fromM(Map.of("list", AttributeValue.fromL(List.of(
                        AttributeValue.fromS("x"), AttributeValue.fromBool(true))))));
        Map<String, AttributeValue> key = Map.of("pk", item.get("pk"), "sk", item.get("sk"));

        TableDescription before = withServer(dataDir, dynamo -> {
            dynamo.createTable(r -> r.tableName(table)
                    .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                    .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.N),
                            attribute("gpk", ScalarAttributeType.S), attribute("gsk", ScalarAttributeType.N))
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    // A GSI with a sort key: restarts losing exactly these is a known emulator bug class.
                    .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("by-g")
                            .keySchema(key("gpk", KeyType.HASH), key("gsk", KeyType.RANGE))
                            .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build()));
            dynamo.putItem(r -> r.tableName(table).item(item));
        });

        TableDescription after = withServer(dataDir, dynamo ->
                assertThat(dynamo.getItem(r -> r.tableName(table).key(key).consistentRead(true)).item())
                        .isEqualTo(item));

        assertThat(after.tableArn()).isEqualTo(before.tableArn());
        assertThat(after.tableId()).isEqualTo(before.tableId());
        assertThat(after.creationDateTime()).isEqualTo(before.creationDateTime());
        assertThat(after.keySchema()).isEqualTo(before.keySchema());
        assertThat(after.globalSecondaryIndexes()).hasSize(1);
        assertThat(after.globalSecondaryIndexes().get(0).keySchema())
                .containsExactly(key("gpk", KeyType.HASH), key("gsk", KeyType.RANGE));
        assertThat(after.itemCount()).isEqualTo(1L);
    }

    /** Runs {@code work} against a fresh server on {@code dataDir}, then describes the one table the test uses. */
    private static TableDescription withServer(Path dataDir, Consumer<DynamoDbClient> work) {
        try (StratusServer server = StratusServer.builder().host("127.0.0.1").port(0).dataDir(dataDir).start();
                DynamoDbClient dynamo = SdkClients.sync(server.endpoint())) {
            work.accept(dynamo);
            String table = dynamo.listTables().tableNames().stream()
                    .filter(n -> n.startsWith(Tables.PREFIX + "persist-")).findFirst().orElseThrow();
            return dynamo.describeTable(r -> r.tableName(table)).table();
        }
    }
}
