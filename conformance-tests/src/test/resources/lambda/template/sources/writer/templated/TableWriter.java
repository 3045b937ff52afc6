package templated;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes an item to the table its TABLE_NAME names, with the SDK from the deployment package's lib/ configured as
 * Lambda code usually is: no endpoint, region or credentials in code.
 */
public class TableWriter implements RequestHandler<Map<String, String>, Map<String, String>> {
    private static final DynamoDbClient DYNAMO = DynamoDbClient.create();

    @Override
    public Map<String, String> handleRequest(Map<String, String> input, Context context) {
        String table = System.getenv("TABLE_NAME");
        DYNAMO.putItem(put -> put.tableName(table).item(Map.of(
                "id", AttributeValue.fromS(input.get("id")),
                "writtenBy", AttributeValue.fromS(context.getFunctionName()))));
        return Map.of("table", table,
                "sdkFrom", DynamoDbClient.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    }
}
