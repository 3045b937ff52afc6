package io.stratus.conformance.apigw.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stores the path's id in DynamoDB and reads it back with {@code DynamoDbClient.create()}: no endpoint in code,
 * only what Lambda (here Stratus) puts in the environment. While it waits for DynamoDB, Stratus is still busy
 * with the API request that invoked it: the case where a small worker pool would starve.
 */
public class ItemsWriterHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private static final DynamoDbClient DYNAMO = DynamoDbClient.create();

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String table = System.getenv("TABLE_NAME");
        String id = event.getPathParameters().get("id");
        DYNAMO.putItem(put -> put.tableName(table).item(Map.of("id", AttributeValue.fromS(id),
                "body", AttributeValue.fromS(event.getBody()))));
        String stored = DYNAMO.getItem(get -> get.tableName(table).key(Map.of("id", AttributeValue.fromS(id))))
                .item().get("body").s();
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withBody(id + "=" + stored).build();
    }
}
