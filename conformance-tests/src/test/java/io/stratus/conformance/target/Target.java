package io.stratus.conformance.target;

import io.stratus.server.StratusServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The service under test and the SDK clients bound to it: one per JVM, shared by every test class
 * through {@link TargetExtension}, closed when the test run ends.
 */
public final class Target implements AutoCloseable {

    /** The account id Stratus puts in every ARN. */
    public static final String STRATUS_ACCOUNT_ID = "000000000000";

    private final TargetKind kind;
    private final Region region;
    private final URI endpoint;
    private final AwsCredentialsProvider credentials;
    private final DynamoDbClient dynamo;
    private final DynamoDbAsyncClient dynamoAsync;
    private final DynamoDbEnhancedClient enhanced;
    private final List<AutoCloseable> resources;

    private Target(TargetKind kind, Region region, URI endpoint, AwsCredentialsProvider credentials,
            DynamoDbClient dynamo, DynamoDbAsyncClient dynamoAsync, List<AutoCloseable> resources) {
        this.kind = kind;
        this.region = region;
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.dynamo = dynamo;
        this.dynamoAsync = dynamoAsync;
        this.enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(dynamo).build();
        this.resources = resources;
    }

    /** Starts the target {@link TargetKind#selected() selected} for this JVM. */
    public static Target startSelected() {
        return TargetKind.selected() == TargetKind.AWS ? aws() : stratus();
    }

    /** An in-memory Stratus server on a random loopback port. */
    static Target stratus() {
        StratusServer server = StratusServer.builder().host("127.0.0.1").port(0).start();
        List<AutoCloseable> resources = new ArrayList<>();
        resources.add(server);
        try {
            URI endpoint = server.endpoint();
            DynamoDbClient dynamo = SdkClients.sync(endpoint);
            resources.add(0, dynamo);
            DynamoDbAsyncClient async = SdkClients.async(endpoint);
            resources.add(0, async);
            return new Target(TargetKind.STRATUS, SdkClients.REGION, endpoint, SdkClients.CREDENTIALS,
                    dynamo, async, resources);
        } catch (RuntimeException e) {
            closeAll(resources);
            throw e;
        }
    }

    /** Real DynamoDB in the default region with the default credentials chain. */
    static Target aws() {
        Region region = DefaultAwsRegionProviderChain.builder().build().getRegion();
        AwsCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
        DynamoDbClient dynamo = DynamoDbClient.builder()
                .region(region)
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
        DynamoDbAsyncClient async = DynamoDbAsyncClient.builder()
                .region(region)
                .credentialsProvider(credentials)
                .httpClientBuilder(NettyNioAsyncHttpClient.builder())
                .build();
        URI endpoint = URI.create("https://dynamodb." + region.id() + ".amazonaws.com");
        return new Target(TargetKind.AWS, region, endpoint, credentials, dynamo, async,
                new ArrayList<>(List.of(async, dynamo)));
    }

    /** Which service this is. */
    public TargetKind kind() {
        return kind;
    }

    /** Whether this is Stratus (tests of Stratus-only behaviour assume this). */
    public boolean isStratus() {
        return kind == TargetKind.STRATUS;
    }

    /** The region the clients sign for, which must appear in every ARN. */
    public Region region() {
        return region;
    }

    /** The HTTP endpoint, for raw-protocol tests. */
    public URI endpoint() {
        return endpoint;
    }

    /** The credentials the clients sign with. */
    public AwsCredentialsProvider credentials() {
        return credentials;
    }

    /** The account id ARNs must carry, when it is known in advance (on Stratus). */
    public Optional<String> expectedAccountId() {
        return isStratus() ? Optional.of(STRATUS_ACCOUNT_ID) : Optional.empty();
    }

    /** The synchronous low-level client. */
    public DynamoDbClient dynamo() {
        return dynamo;
    }

    /** The asynchronous low-level client. */
    public DynamoDbAsyncClient dynamoAsync() {
        return dynamoAsync;
    }

    /** The Enhanced client, on top of {@link #dynamo()}. */
    public DynamoDbEnhancedClient enhanced() {
        return enhanced;
    }

    @Override
    public void close() {
        closeAll(resources);
    }

    private static void closeAll(List<AutoCloseable> resources) {
        RuntimeException failure = null;
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("Could not close the conformance target", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
