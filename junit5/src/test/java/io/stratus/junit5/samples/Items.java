package io.stratus.junit5.samples;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Small DynamoDB helpers for the samples. */
final class Items {
    static final String TABLE = "orders-dev";

    private Items() {
    }

    static void put(DynamoDbClient dynamo, String id) {
        dynamo.putItem(r -> r.tableName(TABLE).item(Map.of("id", AttributeValue.fromS(id))));
    }

    static int count(DynamoDbClient dynamo) {
        return dynamo.scan(r -> r.tableName(TABLE).consistentRead(true)).count();
    }
}
