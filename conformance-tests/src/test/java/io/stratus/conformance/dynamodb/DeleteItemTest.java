package io.stratus.conformance.dynamodb;

import static io.stratus.conformance.dynamodb.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.conformance.target.ConformanceTest;
import io.stratus.conformance.target.Tables;
import io.stratus.conformance.target.Target;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

@ConformanceTest
class DeleteItemTest {

    @Test
    void deleteItemWithReturnValuesAllOldReturnsTheDeletedItemAndRemovesIt(Tables tables, Target target) {
        String table = tables.hashRangeTable();
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("k"), "sk", AttributeValue.fromN("1"));
        Map<String, AttributeValue> item = Map.of("pk", key.get("pk"), "sk", key.get("sk"),
                "v", AttributeValue.fromS("value"));
        target.dynamo().putItem(r -> r.tableName(table).item(item));

        DeleteItemResponse deleted = target.dynamo()
                .deleteItem(r -> r.tableName(table).key(key).returnValues(ReturnValue.ALL_OLD));

        assertThat(deleted.attributes()).isEqualTo(item);
        assertThat(target.dynamo().getItem(r -> r.tableName(table).key(key).consistentRead(true)).hasItem()).isFalse();
    }

    @Test
    void deleteItemOfAMissingItemSucceedsAndReturnsNothing(Tables tables, Target target) {
        String table = tables.hashTable();

        DeleteItemResponse deleted = target.dynamo().deleteItem(r -> r.tableName(table)
                .key(Map.of("pk", AttributeValue.fromS("absent"))).returnValues(ReturnValue.ALL_OLD));

        assertThat(deleted.hasAttributes()).isFalse();
    }

    @Test
    void deleteItemFromAMissingTableIsNotFound(Target target) {
        String table = Tables.uniqueName("missing");

        assertThatThrownBy(() -> target.dynamo().deleteItem(r -> r.tableName(table)
                .key(Map.of("pk", AttributeValue.fromS("a")))))
                .satisfies(e -> assertError(e, ResourceNotFoundException.class, AwsMessages.RESOURCE_NOT_FOUND));
    }
}
