package io.stratus.conformance.dynamodb;

import static io.stratus.conformance.dynamodb.ErrorAssertions.assertError;
import static io.stratus.conformance.dynamodb.ErrorAssertions.assertValidation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.conformance.target.ConformanceTest;
import io.stratus.conformance.target.Tables;
import io.stratus.conformance.target.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

@ConformanceTest
class GetItemTest {

    private static final Map<String, AttributeValue> KEY = Map.of("pk", AttributeValue.fromS("k"));

    @Test
    void getItemOfAMissingItemReturnsNoItem(Tables tables, Target target) {
        String table = tables.hashTable();

        GetItemResponse response = target.dynamo().getItem(r -> r.tableName(table).key(KEY));

        assertThat(response.hasItem()).isFalse();
    }

    @Test
    void getItemWithConsistentReadSeesTheLatestWrite(Tables tables, Target target) {
        String table = tables.hashTable();
        target.dynamo().putItem(r -> r.tableName(table).item(Map.of("pk", KEY.get("pk"), "v", AttributeValue.fromN("1"))));
        target.dynamo().putItem(r -> r.tableName(table).item(Map.of("pk", KEY.get("pk"), "v", AttributeValue.fromN("2"))));

        GetItemResponse response = target.dynamo().getItem(r -> r.tableName(table).key(KEY).consistentRead(true));

        assertThat(response.item().get("v").n()).isEqualTo("2");
    }

    @Test
    void getItemWithProjectionExpressionReturnsOnlyTheNamedNestedPaths(Tables tables, Target target) {
        String table = tables.hashTable();
        target.dynamo().putItem(r -> r.tableName(table).item(Map.of(
                "pk", KEY.get("pk"),
                "profile", AttributeValue.fromM(Map.of(
                        "name", AttributeValue.fromS("Ada"),
                        "address", AttributeValue.fromM(Map.of(
                                "city", AttributeValue.fromS("London"), "zip", AttributeValue.fromS("N1"))))),
                "tags", AttributeValue.fromL(List.of(
                        AttributeValue.fromS("a"), AttributeValue.fromS("b"), AttributeValue.fromS("c"))),
                "weird-name", AttributeValue.fromN("5"),
                "unprojected", AttributeValue.fromS("x"))));

        Map<String, AttributeValue> item = target.dynamo().getItem(r -> r.tableName(table).key(KEY)
                .projectionExpression("#p.address.city, tags[1], #w")
                .expressionAttributeNames(Map.of("#p", "profile", "#w", "weird-name"))).item();

        assertThat(item).isEqualTo(Map.of(
                "profile", AttributeValue.fromM(Map.of("address", AttributeValue.fromM(Map.of(
                        "city", AttributeValue.fromS("London"))))),
                "tags", AttributeValue.fromL(List.of(AttributeValue.fromS("b"))),
                "weird-name", AttributeValue.fromN("5")));
    }

    @Test
    void getItemWithAnUndefinedExpressionAttributeNameIsRejected(Tables tables, Target target) {
        String table = tables.hashTable();

        assertThatThrownBy(() -> target.dynamo().getItem(r -> r.tableName(table).key(KEY)
                .projectionExpression("#missing")
                .expressionAttributeNames(Map.of("#other", "x"))))
                .satisfies(e -> assertValidation(e, "Invalid ProjectionExpression: An expression attribute name "
                        + "used in the document path is not defined; attribute name: #missing"));
    }

    @Test
    void getItemWithAnUnusedExpressionAttributeNameIsRejected(Tables tables, Target target) {
        String table = tables.hashTable();

        assertThatThrownBy(() -> target.dynamo().getItem(r -> r.tableName(table).key(KEY)
                .projectionExpression("#a")
                .expressionAttributeNames(Map.of("#a", "a", "#b", "b"))))
                .satisfies(e -> assertValidation(e,
                        "Value provided in ExpressionAttributeNames unused in expressions: keys: {#b}"));
    }

    @Test
    void getItemWithAKeyThatDoesNotMatchTheSchemaIsRejected(Tables tables, Target target) {
        String table = tables.hashTable();

        assertThatThrownBy(() -> target.dynamo().getItem(r -> r.tableName(table)
                .key(Map.of("pk", AttributeValue.fromS("k"), "extra", AttributeValue.fromS("x")))))
                .satisfies(e -> assertValidation(e, "The provided key element does not match the schema"));
    }

    @Test
    void getItemOfAOneKilobyteItemConsumesHalfAUnitEventuallyAndOneUnitStrongly(Tables tables, Target target) {
        String table = tables.hashTable();
        target.dynamo().putItem(r -> r.tableName(table).item(Map.of(
                "pk", KEY.get("pk"), "data", AttributeValue.fromS("x".repeat(1024 - 2 - 1 - 4)))));

        GetItemResponse eventual = target.dynamo().getItem(r -> r.tableName(table).key(KEY)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        GetItemResponse strong = target.dynamo().getItem(r -> r.tableName(table).key(KEY).consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));

        assertThat(eventual.consumedCapacity().tableName()).isEqualTo(table);
        assertThat(eventual.consumedCapacity().capacityUnits()).isEqualTo(0.5);
        assertThat(strong.consumedCapacity().capacityUnits()).isEqualTo(1.0);
    }

    @Test
    void getItemFromAMissingTableIsNotFound(Target target) {
        String table = Tables.uniqueName("missing");

        assertThatThrownBy(() -> target.dynamo().getItem(r -> r.tableName(table).key(KEY)))
                .satisfies(e -> assertError(e, ResourceNotFoundException.class, AwsMessages.RESOURCE_NOT_FOUND));
    }
}
