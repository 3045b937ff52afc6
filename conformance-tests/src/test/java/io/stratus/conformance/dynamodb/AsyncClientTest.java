package io.stratus.conformance.dynamodb;

import static io.stratus.conformance.dynamodb.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.conformance.target.ConformanceTest;
import io.stratus.conformance.target.Tables;
import io.stratus.conformance.target.Target;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

@ConformanceTest
class AsyncClientTest {

    @Test
    void asyncClientDescribesPutsGetsAndDeletes(Tables tables, Target target) {
        String table = tables.hashTable();
        Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS("a"), "v", AttributeValue.fromN("1"));
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("a"));

        assertThat(target.dynamoAsync().describeTable(r -> r.tableName(table)).join().table().tableStatus())
                .isEqualTo(TableStatus.ACTIVE);
        target.dynamoAsync().putItem(r -> r.tableName(table).item(item)).join();
        assertThat(target.dynamoAsync().getItem(r -> r.tableName(table).key(key).consistentRead(true)).join().item())
                .isEqualTo(item);
        target.dynamoAsync().deleteItem(r -> r.tableName(table).key(key)).join();
        assertThat(target.dynamoAsync().getItem(r -> r.tableName(table).key(key).consistentRead(true)).join()
                .hasItem()).isFalse();
    }

    @Test
    void asyncClientHandlesManyConcurrentWrites(Tables tables, Target target) {
        String table = tables.hashTable();

        List<CompletableFuture<?>> writes = IntStream.range(0, 50)
                .mapToObj(i -> target.dynamoAsync().putItem(r -> r.tableName(table).item(Map.of(
                        "pk", AttributeValue.fromS("item-" + i), "i", AttributeValue.fromN(Integer.toString(i))))))
                .<CompletableFuture<?>>map(f -> f)
                .toList();
        CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();

        for (int i = 0; i < 50; i++) {
            String pk = "item-" + i;
            assertThat(target.dynamo().getItem(r -> r.tableName(table).consistentRead(true)
                    .key(Map.of("pk", AttributeValue.fromS(pk)))).item().get("i").n()).isEqualTo(Integer.toString(i));
        }
    }

    @Test
    void asyncClientGetItemFromAMissingTableFailsWithResourceNotFound(Target target) {
        String table = Tables.uniqueName("missing");

        assertThatThrownBy(() -> target.dynamoAsync().getItem(r -> r.tableName(table)
                .key(Map.of("pk", AttributeValue.fromS("a")))).join())
                .satisfies(e -> assertError(e, ResourceNotFoundException.class, AwsMessages.RESOURCE_NOT_FOUND));
    }

    @Test
    void asyncClientCreateTableOfAnExistingNameFailsAsInUse(Tables tables, Target target) {
        String table = tables.hashTable();

        assertThatThrownBy(() -> target.dynamoAsync().createTable(r -> r.tableName(table)
                .keySchema(Tables.key("pk", KeyType.HASH))
                .attributeDefinitions(Tables.attribute("pk", ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST)).join())
                .satisfies(e -> assertError(e, ResourceInUseException.class, AwsMessages.tableAlreadyExists(table)));
    }
}
