package io.stratus.conformance.target;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds SDK clients pointed at a Stratus endpoint the way a user would: region eu-west-1 (so the
 * suite can check that ARNs carry the request's region), static dummy credentials, and no retries
 * (a retried 500 would hide a server bug and slow the suite down).
 */
public final class SdkClients {

    /** The region every Stratus-bound client signs for. */
    public static final Region REGION = Region.EU_WEST_1;

    /** Dummy credentials; Stratus does not verify signatures. */
    public static final AwsCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDSTRATUSCONFORMANCE", "conformance-secret"));

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private SdkClients() {
    }

    /** A synchronous client on the URL-connection HTTP client. */
    public static DynamoDbClient sync(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(CREDENTIALS)
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(TIMEOUT))
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    /** An asynchronous client on the Netty NIO HTTP client. */
    public static DynamoDbAsyncClient async(URI endpoint) {
        return DynamoDbAsyncClient.builder()
                .endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(CREDENTIALS)
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().readTimeout(TIMEOUT))
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }
}
