package io.stratus.junit5.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.junit5.StratusInject;
import io.stratus.junit5.StratusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** The documented sample: a table and a function from the template, through the injected clients. */
@StratusTest(template = "template.yaml")
class OrdersTest {

    @StratusInject
    DynamoDbClient dynamo;

    @Test
    void storesAndReadsAnOrder() {
        dynamo.putItem(r -> r.tableName("orders").item(Map.of(
                "id", AttributeValue.fromS("o-1"),
                "total", AttributeValue.fromN("42"))));

        Map<String, AttributeValue> order = dynamo.getItem(r -> r.tableName("orders")
                .key(Map.of("id", AttributeValue.fromS("o-1")))).item();

        assertThat(order).containsEntry("total", AttributeValue.fromN("42"));
    }

    @Test
    void invokesAHandlerFromTheTestClasspathWhichSeesTheProjectsJackson(LambdaClient lambda) {
        InvokeResponse response = lambda.invoke(r -> r.functionName("greeting")
                .payload(SdkBytes.fromUtf8String("{\"name\":\"stratus\"}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.functionError()).isNull();
        assertThat(response.payload().asUtf8String()).contains("hello stratus")
                .contains(System.getProperty("expected.jackson.version"));
    }
}
