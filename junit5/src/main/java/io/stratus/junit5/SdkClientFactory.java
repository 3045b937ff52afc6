package io.stratus.junit5;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.regions.Region;

/**
 * Builds an AWS SDK client pointed at a Stratus instance. The only class of the extension that links against
 * the SDK's core: it is loaded when a client is first asked for, by which time the caller holds an SDK type,
 * so the SDK is on the classpath.
 */
final class SdkClientFactory {
    /** Any non-empty pair does: Stratus checks that requests are signed, not by whom. */
    private static final String ACCESS_KEY_ID = "stratus";
    private static final String SECRET_ACCESS_KEY = "stratus";

    /** Whether {@code software.amazon.awssdk:url-connection-client} is on the classpath; checked once. */
    private static final boolean URL_CONNECTION_CLIENT = isPresent(
            "software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient");

    private SdkClientFactory() {
    }

    /** Every SDK client interface has a static {@code builder()}; reflection here runs once per client type. */
    static AutoCloseable create(Class<?> type, URI endpoint, String region) {
        Object builder;
        try {
            builder = type.getMethod("builder").invoke(null);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Cannot create a " + type.getSimpleName() + " builder", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " has no public static builder()", e);
        }
        return (AutoCloseable) configure((AwsClientBuilder<?, ?>) builder, endpoint, region).build();
    }

    private static AwsClientBuilder<?, ?> configure(AwsClientBuilder<?, ?> builder, URI endpoint, String region) {
        builder.endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY)));
        if (builder instanceof SdkSyncClientBuilder<?, ?> sync && URL_CONNECTION_CLIENT) {
            UrlConnectionClients.use(sync);
        }
        return builder;
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, SdkClientFactory.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
