package io.stratus.conformance.dynamodb.dataplane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.conformance.target.ConformanceTest;
import io.stratus.conformance.target.Tables;
import io.stratus.conformance.target.Target;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.IgnoreNullsMode;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

@ConformanceTest
class ConditionalWritesTest {

    private static final String FAILED = "The conditional request failed";

    private static Map<String, AttributeValue> item(String pk, String n) {
        return Map.of("pk", AttributeValue.fromS(pk), "n", AttributeValue.fromN(n));
    }

    @Test
    void putItemWithAttributeNotExistsFailsWhenTheItemExists(Tables tables, Target target) {
        String table = tables.hashTable();
        target.dynamo().putItem(r -> r.tableName(table).item(item("a", "1")).conditionExpression("attribute_not_exists(pk)"));

        assertThatThrownBy(() -> target.dynamo().putItem(r -> r.tableName(table).item(item("a", "2"))
                .conditionExpression("attribute_not_exists(pk)")))
                .isInstanceOfSatisfying(ConditionalCheckFailedException.class, e -> {
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(FAILED);
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.hasItem()).isFalse();
                });
        assertThat(target.dynamo().getItem(r -> r.tableName(table).key(Map.of("pk", AttributeValue.fromS("a")))
                .consistentRead(true)).item().get("n").n()).isEqualTo("1");
    }

    @Test
    void failedConditionReturnsTheOldItemWhenAsked(Tables tables, Target target) {
        String table = tables.hashTable();
        target.dynamo().putItem(r -> r.tableName(table).item(item("a", "1")));

        assertThatThrownBy(() -> target.dynamo().deleteItem(r -> r.tableName(table)
                .key(Map.of("pk", AttributeValue.fromS("a"))).conditionExpression("n > :limit")
                .expressionAttributeValues(Map.of(":limit", AttributeValue.fromN("5")))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)))
                .isInstanceOfSatisfying(ConditionalCheckFailedException.class,
                        e -> assertThat(e.item()).isEqualTo(item("a", "1")));
    }

    @Test
    void updateItemIncrementsAndReturnsUpdatedNew(Tables tables, Target target) {
        String table = tables.hashTable();
        target.dynamo().putItem(r -> r.tableName(table).item(item("c", "41")));

        UpdateItemResponse response = target.dynamo().updateItem(r -> r.tableName(table)
                .key(Map.of("pk", AttributeValue.fromS("c")))
                .updateExpression("SET n = n + :one, tag = :t")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"), ":t", AttributeValue.fromS("x")))
                .returnValues(ReturnValue.UPDATED_NEW));

        assertThat(response.attributes()).isEqualTo(Map.of("n", AttributeValue.fromN("42"), "tag", AttributeValue.fromS("x")));
    }

    @Test
    void updateItemOfAKeyAttributeIsRejected(Tables tables, Target target) {
        String table = tables.hashTable();
        assertThatThrownBy(() -> target.dynamo().updateItem(r -> r.tableName(table)
                .key(Map.of("pk", AttributeValue.fromS("c"))).updateExpression("SET pk = :v")
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromS("d")))))
                .isExactlyInstanceOf(DynamoDbException.class)
                .satisfies(e -> assertThat(((DynamoDbException) e).awsErrorDetails().errorMessage()).isEqualTo(
                        "One or more parameter values were invalid: Cannot update attribute pk. "
                                + "This attribute is part of the key"));
    }

    @Test
    void enhancedPutItemWithAConditionExpression(Tables tables, Target target) {
        DynamoDbTable<Reading> readings = ReadingTables.create(tables, target);
        Expression absent = Expression.builder().expression("attribute_not_exists(sensor)").build();
        readings.putItem(r -> r.item(new Reading("s1", "2024-01-01", 1, "first")).conditionExpression(absent));

        assertThatThrownBy(() -> readings.putItem(r -> r.item(new Reading("s1", "2024-01-01", 2, "second"))
                .conditionExpression(absent)))
                .isInstanceOf(ConditionalCheckFailedException.class)
                .hasMessageStartingWith(FAILED);
        assertThat(readings.getItem(Key.builder().partitionValue("s1").sortValue("2024-01-01").build()).getNote())
                .isEqualTo("first");
    }

    @Test
    void enhancedUpdateItemIgnoringNullsKeepsOtherAttributes(Tables tables, Target target) {
        DynamoDbTable<Reading> readings = ReadingTables.create(tables, target);
        readings.putItem(new Reading("s1", "t1", 7, "keep me"));

        Reading updated = readings.updateItem(r -> r.item(new Reading("s1", "t1", 8, null))
                .ignoreNullsMode(IgnoreNullsMode.SCALAR_ONLY));

        assertThat(updated.getValue()).isEqualTo(8);
        assertThat(updated.getNote()).isEqualTo("keep me");
        Reading replaced = readings.updateItem(new Reading("s1", "t1", 9, null));
        assertThat(replaced.getNote()).isNull();
    }

    /** The Enhanced client's table for {@link Reading}. */
    static final class ReadingTables {
        private ReadingTables() {
        }

        static DynamoDbTable<Reading> create(Tables tables, Target target) {
            String name = Tables.uniqueName("readings");
            DynamoDbTable<Reading> table = target.enhanced().table(name, TableSchema.fromBean(Reading.class));
            table.createTable(b -> b.provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L)));
            tables.track(name);
            target.dynamo().waiter().waitUntilTableExists(r -> r.tableName(name));
            return table;
        }
    }
}
