package io.stratus.conformance.lambda.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes an item with the SDK configured the way Lambda code usually is: {@code DynamoDbClient.create()}, no
 * endpoint, region or credentials in code. Only the environment Lambda (here Stratus) provides says where to go.
 */
public class DynamoWriterHandler implements RequestHandler<Map<String, String>, String> {
    private static final DynamoDbClient DYNAMO = DynamoDbClient.create();

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        DYNAMO.putItem(put -> put.tableName(System.getenv("TABLE_NAME")).item(Map.of(
                "id", AttributeValue.fromS(input.get("id")),
                "writtenBy", AttributeValue.fromS(context.getFunctionName()))));
        return "stored " + input.get("id");
    }
}
