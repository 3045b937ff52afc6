package io.stratus.junit5;

import io.stratus.server.StratusServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * A running embedded Stratus for tests: its endpoint, AWS SDK clients configured for it, and a way to empty
 * its tables. Closing it stops the server and closes the clients it handed out.
 *
 * <pre>{@code
 * try (Stratus stratus = Stratus.builder().template("template.yaml").parameter("Stage", "dev").start()) {
 *     stratus.dynamoDb().putItem(...);
 * }
 * }</pre>
 *
 * <p>The SDK clients are the application's own AWS SDK classes: a method for a client whose module is not
 * on the classpath fails with {@link NoClassDefFoundError}, the others keep working.
 */
public final class Stratus implements AutoCloseable {
    /** The region clients sign for unless told otherwise; {@code us-east-1}, DynamoDB Local's and the SDK docs' default. */
    public static final String DEFAULT_REGION = "us-east-1";

    private final StratusServer server;
    private final String region;
    private final ResourceFile template;
    private final ResourceFile jwks;
    private final SdkClients clients;
    private final TableReset reset;

    private Stratus(StratusServer server, String region, ResourceFile template, ResourceFile jwks) {
        this.server = server;
        this.region = region;
        this.template = template;
        this.jwks = jwks;
        this.clients = new SdkClients(server.endpoint(), region);
        this.reset = new TableReset(server);
    }

    /**
     * The local base URL of each API of the template, by logical id: e.g. {@code ServerlessRestApi} →
     * {@code http://127.0.0.1:PORT/Prod} (a REST API's stage) and an HTTP API on {@code $default} → the endpoint.
     */
    public Map<String, URI> apiUrls() {
        return server.apiUrls();
    }

    /** A builder for an in-memory instance on a random loopback port, without a template. */
    public static Builder builder() {
        return new Builder();
    }

    /** The base URL every emulated API answers on, e.g. {@code http://127.0.0.1:41234}. */
    public URI endpoint() {
        return server.endpoint();
    }

    /** The bound port. */
    public int port() {
        return server.port();
    }

    /** The region the clients sign for. */
    public String region() {
        return region;
    }

    /** The names of the DynamoDB tables, in DynamoDB's order. */
    public List<String> tableNames() {
        return server.tableNames();
    }

    /** A DynamoDB client for this instance, created on first use and closed with it. */
    public DynamoDbClient dynamoDb() {
        return client(DynamoDbClient.class);
    }

    /** An asynchronous DynamoDB client for this instance, created on first use and closed with it. */
    public DynamoDbAsyncClient dynamoDbAsync() {
        return client(DynamoDbAsyncClient.class);
    }

    /** A Lambda client for this instance, created on first use and closed with it. */
    public LambdaClient lambda() {
        return client(LambdaClient.class);
    }

    /**
     * A client of one of the APIs Stratus serves (see {@link StratusInject} for the list), pointed at this
     * instance with the region and dummy static credentials; one per type, created on first use.
     *
     * @throws IllegalArgumentException for any other type
     */
    public <T> T client(Class<T> type) {
        return clients.get(type);
    }

    /**
     * Deletes every item of every table, keeping the tables with their keys, indexes and settings; what
     * {@link ResetMode#BEFORE_EACH} does before each test.
     */
    public void resetTables() {
        reset.run();
    }

    /** Closes the clients, then stops the server; idempotent. */
    @Override
    public void close() {
        try {
            clients.close();
        } finally {
            try {
                server.close();
            } finally {
                try {
                    template.close();
                } finally {
                    jwks.close();
                }
            }
        }
    }

    @Override
    public String toString() {
        return "Stratus[" + endpoint() + "]";
    }

    /** Configures and starts a {@link Stratus}. */
    public static final class Builder {
        private String host = StratusServer.DEFAULT_HOST;
        private int port;
        private Path dataDir;
        private ResourceFile.Location template;
        private String region = DEFAULT_REGION;
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private String jwks;
        private ClassLoader jwksLoader;
        private final Set<String> apiKeys = new LinkedHashSet<>();
        private final Map<String, Map<String, String>> environmentOverrides = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The template, looked up as a classpath resource of the thread's context class loader first, then as
         * a file path; a template inside a jar is copied to a temporary file for the instance's lifetime.
         */
        public Builder template(String location) {
            this.template = ResourceFile.Location.of(location, Thread.currentThread().getContextClassLoader());
            return this;
        }

        Builder template(ResourceFile.Location location) {
            this.template = location;
            return this;
        }

        /** The template file. */
        public Builder template(Path file) {
            this.template = ResourceFile.Location.of(Objects.requireNonNull(file, "file"));
            return this;
        }

        /** A template parameter override, like {@code sam deploy --parameter-overrides}. */
        public Builder parameter(String name, String value) {
            parameters.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * The JSON Web Key Set that JWT and Cognito authorizers verify tokens against: an http(s) URL, a
         * classpath resource, or a file path (looked up like {@link #template(String)}).
         */
        public Builder jwks(String location) {
            this.jwks = Objects.requireNonNull(location, "location");
            this.jwksLoader = Thread.currentThread().getContextClassLoader();
            return this;
        }

        Builder jwks(String location, ClassLoader loader) {
            this.jwks = Objects.requireNonNull(location, "location");
            this.jwksLoader = loader;
            return this;
        }

        /** An API key that routes with {@code ApiKeyRequired} accept in {@code x-api-key}, besides the template's. */
        public Builder apiKey(String key) {
            apiKeys.add(Objects.requireNonNull(key, "key"));
            return this;
        }

        /**
         * Environment variable overrides in SAM's env-vars shape: function logical id or name → variables, and
         * {@code Parameters} → variables for every function. As in SAM, only variables a function declares change.
         */
        public Builder environmentOverrides(Map<String, Map<String, String>> overrides) {
            overrides.forEach((function, variables) -> environmentOverrides.put(function, Map.copyOf(variables)));
            return this;
        }

        /** The port; default 0, a free one, so parallel test classes never collide. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The address to listen on; default {@code 127.0.0.1}. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** Where tables are kept across restarts; default: in memory, gone when the instance closes. */
        public Builder dataDir(Path dir) {
            this.dataDir = dir;
            return this;
        }

        /** The region the clients sign for; default {@value Stratus#DEFAULT_REGION}. */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /**
         * Starts the instance: tables of the template exist and requests are served when this returns.
         *
         * @throws io.stratus.server.StratusStartupException when the template is missing or invalid or the
         *     port is taken
         */
        public Stratus start() {
            ResourceFile source = template == null ? ResourceFile.NONE : template.open();
            ResourceFile keys = ResourceFile.NONE;
            try {
                StratusServer.Builder server = StratusServer.builder().host(host).port(port).dataDir(dataDir)
                        .region(region);
                if (source.path() != null) {
                    server.template(source.path());
                }
                parameters.forEach(server::parameter);
                if (jwks != null) {
                    if (jwks.startsWith("http://") || jwks.startsWith("https://")) {
                        server.jwks(jwks);
                    } else {
                        keys = ResourceFile.Location.of("JWKS", jwks, jwksLoader).open();
                        server.jwks(keys.path().toString());
                    }
                }
                apiKeys.forEach(server::apiKey);
                if (!environmentOverrides.isEmpty()) {
                    server.environmentOverrides(environmentOverrides);
                }
                return new Stratus(server.start(), region, source, keys);
            } catch (RuntimeException | Error e) {
                source.close();
                keys.close();
                throw e;
            }
        }
    }
}
