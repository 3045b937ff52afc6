package io.stratus.junit5;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The AWS SDK clients of one instance, created on first request and closed with it. Knows the client types
 * by name only, so it loads no SDK class itself: {@link SdkClientFactory} does, and only when asked for a
 * client whose type the caller already holds.
 */
final class SdkClients implements AutoCloseable {
    /** The clients of the APIs Stratus serves; anything else pointed at Stratus would only fail later. */
    static final Set<String> SUPPORTED = Set.of(
            "software.amazon.awssdk.services.dynamodb.DynamoDbClient",
            "software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient",
            "software.amazon.awssdk.services.lambda.LambdaClient",
            "software.amazon.awssdk.services.lambda.LambdaAsyncClient",
            "software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient",
            "software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiAsyncClient");

    private final URI endpoint;
    private final String region;
    private final ConcurrentMap<Class<?>, AutoCloseable> clients = new ConcurrentHashMap<>();

    SdkClients(URI endpoint, String region) {
        this.endpoint = endpoint;
        this.region = region;
    }

    /** Whether {@code type} is a client this class can make. */
    static boolean supports(Class<?> type) {
        return SUPPORTED.contains(type.getName());
    }

    <T> T get(Class<T> type) {
        if (!supports(type)) {
            throw new IllegalArgumentException(type.getName() + " is not a client of an API Stratus serves; one of "
                    + SUPPORTED.stream().sorted().toList());
        }
        return type.cast(clients.computeIfAbsent(type, t -> SdkClientFactory.create(t, endpoint, region)));
    }

    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (AutoCloseable client : clients.values()) {
            try {
                client.close();
            } catch (Exception e) {
                failures.add(e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e));
            }
        }
        clients.clear();
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }
}
