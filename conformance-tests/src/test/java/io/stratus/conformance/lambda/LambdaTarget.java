package io.stratus.conformance.lambda;

import io.stratus.conformance.lambda.handlers.ApiProxyHandler;
import io.stratus.conformance.lambda.handlers.ClientContextHandler;
import io.stratus.conformance.lambda.handlers.DynamoWriterHandler;
import io.stratus.conformance.lambda.handlers.ExitingHandler;
import io.stratus.conformance.lambda.handlers.FailingHandler;
import io.stratus.conformance.lambda.handlers.FileWritingHandler;
import io.stratus.conformance.lambda.handlers.FlakyHandler;
import io.stratus.conformance.lambda.handlers.GreetingHandler;
import io.stratus.conformance.lambda.handlers.MapEchoHandler;
import io.stratus.conformance.lambda.handlers.SleepingHandler;
import io.stratus.conformance.lambda.handlers.TableNameHandler;
import io.stratus.conformance.lambda.handlers.TrivialHandler;
import io.stratus.conformance.lambda.handlers.UpperCaseHandler;
import io.stratus.conformance.lambda.handlers.VmErrorHandler;
import io.stratus.conformance.target.SdkClients;
import io.stratus.lambda.config.FunctionConfig;
import io.stratus.server.StratusServer;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * A Stratus with the suite's functions deployed from the test classpath (embedded mode), in the region the SDK
 * clients sign for, and the clients bound to it. Functions run in Stratus, so this suite is Stratus-only: against
 * AWS the same functions would first have to be deployed.
 */
public final class LambdaTarget implements AutoCloseable {

    static final String GREETING = "greeting";
    static final String MAP_ECHO = "map-echo";
    static final String UPPER = "upper";
    static final String API_PROXY = "api-proxy";
    static final String FAILING = "failing";
    static final String SLOW = "slow";
    static final String SINGLE = "single";
    static final String ORDERS_ENV = "orders-env";
    static final String USERS_ENV = "users-env";
    static final String DYNAMO_WRITER = "dynamo-writer";
    static final String FILE_WRITER = "file-writer";
    static final String COLD_WARM = "cold-warm";
    static final String TRIVIAL = "trivial";
    static final String CLIENT_CONTEXT = "client-context";
    static final String FLAKY = "flaky";
    static final String EXITING = "exiting";
    static final String VM_ERRORS = "vm-errors";

    /** The table {@link #DYNAMO_WRITER} writes to; the test creates it. */
    static final String WRITES_TABLE = "lambda-writes";

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final StratusServer server;
    private final LambdaClient lambda;
    private final DynamoDbClient dynamo;

    private LambdaTarget(StratusServer server) {
        this.server = server;
        this.lambda = client(server.endpoint());
        this.dynamo = SdkClients.sync(server.endpoint());
    }

    /** A Lambda client on {@code endpoint}, in the region the suite signs for, without retries. */
    static LambdaClient client(URI endpoint) {
        return LambdaClient.builder()
                .endpointOverride(endpoint)
                .region(SdkClients.REGION)
                .credentialsProvider(SdkClients.CREDENTIALS)
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(TIMEOUT))
                // No retries: a retried 429 or 500 would hide what the server answered.
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    /** Starts Stratus on a free loopback port with every suite function deployed. */
    static LambdaTarget start() {
        StratusServer server = StratusServer.builder()
                .host("127.0.0.1")
                .port(0)
                .region(SdkClients.REGION.id())
                .function(function(GREETING, GreetingHandler.class.getName() + "::handleRequest").build())
                .function(function(MAP_ECHO, MapEchoHandler.class.getName()).build())
                .function(function(UPPER, UpperCaseHandler.class.getName()).build())
                .function(function(API_PROXY, ApiProxyHandler.class.getName()).build())
                .function(function(FAILING, FailingHandler.class.getName()).build())
                .function(function(SLOW, SleepingHandler.class.getName()).timeoutSeconds(1).build())
                .function(function(SINGLE, SleepingHandler.class.getName()).timeoutSeconds(10)
                        .reservedConcurrentExecutions(1).build())
                .function(function(ORDERS_ENV, TableNameHandler.class.getName())
                        .environmentVariable("TABLE_NAME", "orders-table").build())
                .function(function(USERS_ENV, TableNameHandler.class.getName())
                        .environmentVariable("TABLE_NAME", "users-table").build())
                .function(function(DYNAMO_WRITER, DynamoWriterHandler.class.getName()).timeoutSeconds(60)
                        .memorySize(512).environmentVariable("TABLE_NAME", WRITES_TABLE).build())
                .function(function(FILE_WRITER, FileWritingHandler.class.getName()).build())
                .function(function(COLD_WARM, TrivialHandler.class.getName()).build())
                .function(function(TRIVIAL, TrivialHandler.class.getName()).build())
                .function(function(CLIENT_CONTEXT, ClientContextHandler.class.getName()).build())
                .function(function(FLAKY, FlakyHandler.class.getName()).build())
                .function(function(EXITING, ExitingHandler.class.getName()).build())
                .function(function(VM_ERRORS, VmErrorHandler.class.getName()).build())
                .start();
        return new LambdaTarget(server);
    }

    private static FunctionConfig.Builder function(String name, String handler) {
        // A generous timeout: the first invocation of each function loads its classes in a fresh environment.
        return FunctionConfig.builder(name, handler).timeoutSeconds(30);
    }

    /** The Lambda client. */
    public LambdaClient lambda() {
        return lambda;
    }

    /** A DynamoDB client of the test's own, on the same Stratus. */
    public DynamoDbClient dynamo() {
        return dynamo;
    }

    /** Stratus's base URL, for raw HTTP. */
    public URI endpoint() {
        return server.endpoint();
    }

    /** The account in ARNs. */
    public String accountId() {
        return StratusServer.ACCOUNT_ID;
    }

    /** {@code arn:aws:lambda:<region>:<account>:function:<name>}. */
    public String functionArn(String name) {
        return "arn:aws:lambda:" + SdkClients.REGION.id() + ":" + accountId() + ":function:" + name;
    }

    @Override
    public void close() {
        try {
            lambda.close();
            dynamo.close();
        } finally {
            server.close();
        }
    }
}
