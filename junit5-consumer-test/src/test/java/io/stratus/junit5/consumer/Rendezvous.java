package io.stratus.junit5.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where {@link ParallelFirstTest} and {@link ParallelSecondTest} meet: each writes items, waits until the other
 * is running too (so they pass only when junit-platform.properties runs classes concurrently), then checks it
 * sees only its own items on its own instance. Test state, not extension state.
 */
final class Rendezvous {
    private static final CountDownLatch BOTH_RUNNING = new CountDownLatch(2);
    private static final Map<String, URI> ENDPOINTS = new ConcurrentHashMap<>();

    private Rendezvous() {
    }

    static void writeMeetAndCount(String name, URI endpoint, DynamoDbClient dynamo) throws InterruptedException {
        ENDPOINTS.put(name, endpoint);
        for (int i = 0; i < 5; i++) {
            String id = name + "-" + i;
            dynamo.putItem(r -> r.tableName("orders").item(Map.of("id", AttributeValue.fromS(id))));
        }
        BOTH_RUNNING.countDown();
        assertThat(BOTH_RUNNING.await(60, TimeUnit.SECONDS)).as("the other class ran at the same time").isTrue();

        assertThat(dynamo.scan(r -> r.tableName("orders")).items())
                .hasSize(5)
                .allSatisfy(item -> assertThat(item.get("id").s()).startsWith(name + "-"));
        assertThat(ENDPOINTS).hasSize(2);
        assertThat(ENDPOINTS.values()).doesNotHaveDuplicates();
    }
}
