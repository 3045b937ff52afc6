package io.stratus.junit5;

import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * Picks the SDK's JDK-based HTTP client for synchronous clients when the application has it: it starts
 * fastest and spares the SDK a choice between several clients on the classpath. Loaded (and so linked
 * against the module) only after {@link SdkClientFactory} found the module on the classpath.
 */
final class UrlConnectionClients {
    private UrlConnectionClients() {
    }

    static void use(SdkSyncClientBuilder<?, ?> builder) {
        builder.httpClientBuilder(UrlConnectionHttpClient.builder());
    }
}
