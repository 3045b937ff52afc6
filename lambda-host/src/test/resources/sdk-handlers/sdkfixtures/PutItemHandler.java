package sdkfixtures;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.net.URI;
import java.util.Collections;
import java.util.Map;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Puts one item with a client built the way the input's {@code client} says: {@code default}
 * ({@code DynamoDbClient.create()}), {@code hardcoded} (region eu-west-1 in code) or {@code override}
 * (an explicit endpoint, which must be left alone). Written against the API every 2.x release shares.
 */
public class PutItemHandler implements RequestHandler<Map<String, String>, String> {
    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        String mode = input.get("client");
        DynamoDbClient client;
        if ("default".equals(mode)) {
            client = DynamoDbClient.create();
        } else if ("hardcoded".equals(mode)) {
            client = DynamoDbClient.builder().region(Region.EU_WEST_1).build();
        } else {
            client = DynamoDbClient.builder().region(Region.EU_WEST_1)
                    .endpointOverride(URI.create(input.get("endpoint"))).build();
        }
        try {
            client.putItem(PutItemRequest.builder()
                    .tableName("Items")
                    .item(Collections.singletonMap("pk", AttributeValue.builder().s(mode).build()))
                    .build());
        } finally {
            client.close();
        }
        return "put with " + mode;
    }
}
