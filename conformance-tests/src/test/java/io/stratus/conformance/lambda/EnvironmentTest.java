package io.stratus.conformance.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

@ExtendWith(LambdaTargetExtension.class)
class EnvironmentTest {

    private final LambdaClient lambda;
    private final DynamoDbClient dynamo;

    EnvironmentTest(LambdaTarget target) {
        this.lambda = target.lambda();
        this.dynamo = target.dynamo();
    }

    private String invoke(String function, String payload) {
        InvokeResponse response = lambda.invoke(r -> r.functionName(function)
                .payload(SdkBytes.fromUtf8String(payload)));
        assertThat(response.functionError()).as(response.payload().asUtf8String()).isNull();
        return response.payload().asUtf8String();
    }

    @Test
    void twoFunctionsOfOneHandlerEachSeeTheirOwnEnvironmentVariables() {
        assertThat(invoke(LambdaTarget.ORDERS_ENV, "{}")).isEqualTo("\"orders-table\"");
        assertThat(invoke(LambdaTarget.USERS_ENV, "{}")).isEqualTo("\"users-table\"");
        assertThat(invoke(LambdaTarget.ORDERS_ENV, "{}")).isEqualTo("\"orders-table\"");
    }

    @Test
    void handlerWithADefaultDynamoDbClientWritesIntoStratus() {
        dynamo.createTable(r -> r.tableName(LambdaTarget.WRITES_TABLE)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        try {
            assertThat(invoke(LambdaTarget.DYNAMO_WRITER, "{\"id\":\"from-lambda\"}"))
                    .isEqualTo("\"stored from-lambda\"");

            Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(LambdaTarget.WRITES_TABLE)
                    .key(Map.of("id", AttributeValue.fromS("from-lambda")))).item();
            assertThat(item).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "id", AttributeValue.fromS("from-lambda"),
                    "writtenBy", AttributeValue.fromS(LambdaTarget.DYNAMO_WRITER)));
        } finally {
            dynamo.deleteTable(r -> r.tableName(LambdaTarget.WRITES_TABLE));
        }
    }

    /**
     * More simultaneous invocations than the server has worker threads, each calling back into Stratus's
     * DynamoDB: a server that held a worker for the length of an invocation would starve its own pool and
     * every handler would hang until its timeout.
     */
    @Test
    void concurrentInvocationsThatCallBackIntoStratusAllComplete() throws Exception {
        dynamo.createTable(r -> r.tableName(LambdaTarget.WRITES_TABLE)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        int parallel = Math.max(10, 2 * Runtime.getRuntime().availableProcessors() + 2);
        ExecutorService callers = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<String>> calls = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                String id = "parallel-" + i;
                calls.add(callers.submit(() -> invoke(LambdaTarget.DYNAMO_WRITER, "{\"id\":\"" + id + "\"}")));
            }
            for (int i = 0; i < parallel; i++) {
                assertThat(calls.get(i).get(120, TimeUnit.SECONDS)).isEqualTo("\"stored parallel-" + i + "\"");
            }
            assertThat(dynamo.scan(r -> r.tableName(LambdaTarget.WRITES_TABLE)).count()).isEqualTo(parallel);
        } finally {
            callers.shutdownNow();
            dynamo.deleteTable(r -> r.tableName(LambdaTarget.WRITES_TABLE));
        }
    }
}
