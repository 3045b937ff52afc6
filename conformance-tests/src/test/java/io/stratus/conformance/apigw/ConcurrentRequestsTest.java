package io.stratus.conformance.apigw;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import io.stratus.conformance.target.SdkClients;

/**
 * The starvation case: more API requests in flight than the server has worker threads
 * ({@code max(4, 2 × cores)}), each handler calling back into Stratus's DynamoDB with
 * {@code DynamoDbClient.create()} while its API request is still open. Every request must complete.
 */
@ExtendWith(ApiTargetExtension.class)
class ConcurrentRequestsTest {

    @Test
    void moreConcurrentRequestsThanWorkerThreadsWhoseHandlersCallDynamoDbAllComplete(ApiTarget target)
            throws Exception {
        int workers = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        int requests = 3 * workers;
        List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            inFlight.add(target.client().sendAsync(target.request("/http/items/item-" + i)
                    .POST(HttpRequest.BodyPublishers.ofString("v" + i)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        for (int i = 0; i < requests; i++) {
            HttpResponse<String> response = inFlight.get(i).join();
            assertThat(response.statusCode()).as("request %d: %s", i, response.body()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("item-" + i + "=v" + i);
        }
        try (DynamoDbClient dynamo = SdkClients.sync(target.sam().endpoint())) {
            assertThat(dynamo.getItem(get -> get.tableName("apigw-items")
                    .key(java.util.Map.of("id", AttributeValue.fromS("item-0")))).item().get("body").s()).isEqualTo("v0");
        }
    }
}
