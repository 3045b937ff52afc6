package io.stratus.junit5.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.junit5.ResetMode;
import io.stratus.junit5.StratusTest;
import java.util.Map;
import org.junit.jupiter.api.RepeatedTest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Every repetition starts from empty tables, so each sees only the item it wrote. */
@StratusTest(template = "template.yaml", reset = ResetMode.BEFORE_EACH)
class ResetBeforeEachTest {

    @RepeatedTest(3)
    void eachTestStartsWithEmptyTables(DynamoDbClient dynamo) {
        assertThat(dynamo.scan(r -> r.tableName("orders")).count()).isZero();

        dynamo.putItem(r -> r.tableName("orders").item(Map.of("id", AttributeValue.fromS("o-" + System.nanoTime()))));

        assertThat(dynamo.scan(r -> r.tableName("orders")).count()).isEqualTo(1);
    }
}
