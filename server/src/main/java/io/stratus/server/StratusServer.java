package io.stratus.server;

import io.stratus.dynamo.DynamoEngine;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.error.ErrorCode;
import io.stratus.gateway.auth.Jwks;
import io.stratus.gateway.proxy.GatewaySettings;
import io.stratus.gateway.route.RouteConflictException;
import io.stratus.gateway.template.ApiDefinition;
import io.stratus.gateway.template.ApiRoute;
import io.stratus.gateway.template.FunctionDefinition;
import io.stratus.gateway.template.TableDefinition;
import io.stratus.gateway.template.Template;
import io.stratus.gateway.template.TemplateException;
import io.stratus.gateway.template.TemplateLoader;
import io.stratus.gateway.template.model.StackIdentity;
import io.stratus.lambda.LambdaHost;
import io.stratus.lambda.config.FunctionConfig;
import io.stratus.server.apigw.ApiGatewayService;
import io.stratus.server.apigw.ApiUrls;
import io.stratus.server.apigw.LambdaHostInvoker;
import io.stratus.server.dynamodb.DynamoDbHttpService;
import io.stratus.server.dynamodb.DynamoService;
import io.stratus.server.health.HealthService;
import io.stratus.server.lambda.FunctionCatalog;
import io.stratus.server.lambda.FunctionConfigurationWriter;
import io.stratus.server.lambda.LambdaApiContext;
import io.stratus.server.lambda.LambdaApiService;
import io.stratus.server.lambda.TemplateFunctions;
import io.stratus.server.netty.HttpServer;
import io.stratus.server.netty.HttpService;
import io.stratus.server.netty.RequestIds;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Stratus: every emulated service on one HTTP port, backed by one DynamoDB engine and one Lambda host.
 *
 * <pre>{@code
 * try (StratusServer stratus = StratusServer.builder().port(0).template(Path.of("template.yaml")).start()) {
 *     DynamoDbClient dynamo = DynamoDbClient.builder().endpointOverride(stratus.endpoint()) ... .build();
 * }
 * }</pre>
 */
public final class StratusServer implements AutoCloseable {

    /** The port LocalStack and most AWS emulators use, so existing endpoint settings keep working. */
    public static final int DEFAULT_PORT = 4566;

    /** Loopback only by default: an emulator without authentication must not face the network. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    /** The region in ARNs and functions' {@code AWS_REGION} unless the builder names another. */
    public static final String DEFAULT_REGION = "us-east-1";

    /** The key of {@link Builder#environmentOverrides} that applies to every function, as in SAM's env-vars file. */
    public static final String ALL_FUNCTIONS = "Parameters";

    /** The account in every ARN. */
    public static final String ACCOUNT_ID = RequestContext.DEFAULT_ACCOUNT_ID;

    private final HttpServer http;
    private final DynamoEngine engine;
    private final LambdaHost lambda;
    private final URI endpoint;
    private final ApiUrls apiUrls;
    private final AtomicBoolean closed = new AtomicBoolean();

    private StratusServer(HttpServer http, DynamoEngine engine, LambdaHost lambda, URI endpoint, ApiUrls apiUrls) {
        this.http = http;
        this.engine = engine;
        this.lambda = lambda;
        this.endpoint = endpoint;
        this.apiUrls = apiUrls;
    }

    /**
     * The logger, looked up on use rather than in a static field: initialising slf4j takes tens of
     * milliseconds, which {@link Builder#start()} spends while the engine is already opening.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(StratusServer.class);
    }

    /** A builder with the defaults: {@code 127.0.0.1:4566}, tables in memory, no template. */
    public static Builder builder() {
        return new Builder();
    }

    /** The base URL of every service, e.g. {@code http://127.0.0.1:4566}, with the real port when 0 was asked. */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * The template's REST and HTTP APIs by logical id, each with its local base URL: {@code http://127.0.0.1:PORT/Prod}
     * for a REST API on stage {@code Prod}, {@code http://127.0.0.1:PORT} for an HTTP API on {@code $default}; in
     * template order, empty without a template.
     */
    public Map<String, URI> apiUrls() {
        return apiUrls.byLogicalId();
    }

    /** The bound port. */
    public int port() {
        return http.port();
    }

    /** The names of the DynamoDB tables, in DynamoDB's order. */
    public List<String> tableNames() {
        return engine.tableNames();
    }

    /**
     * Deletes every item of every DynamoDB table, keeping the tables with their keys, indexes and
     * settings: a test fixture's reset, done inside the engine rather than by Scan and BatchWriteItem.
     */
    public void resetTables() {
        engine.clearAllItems();
    }

    /** The Lambda host running the template's and the builder's functions; API Gateway invokes through it. */
    public LambdaHost lambdaHost() {
        return lambda;
    }

    /** Stops serving, ends every function's environments, then closes the engine so stored tables are flushed; idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                http.close();
                lambda.close();
            } finally {
                engine.close();
            }
            log().debug("Stratus on {} stopped", endpoint);
        }
    }

    /** Configures and starts a {@link StratusServer}. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Path dataDir;
        private Path template;
        private String region = DEFAULT_REGION;
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private final List<FunctionConfig> functions = new ArrayList<>();
        private final Map<String, Map<String, String>> environmentOverrides = new LinkedHashMap<>();
        private String jwks;
        private final Set<String> apiKeys = new LinkedHashSet<>();
        private Duration restIntegrationTimeout = GatewaySettings.REST_INTEGRATION_TIMEOUT;
        private Duration httpIntegrationTimeout = GatewaySettings.HTTP_INTEGRATION_TIMEOUT;

        private Builder() {
        }

        /** The address to listen on; default {@code 127.0.0.1}. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port to listen on; default 4566, 0 picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("Port must be between 0 and 65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** Where tables are stored across restarts; default: in memory. */
        public Builder dataDir(Path dir) {
            this.dataDir = dir;
            return this;
        }

        /** A SAM/CloudFormation template whose tables are created and whose Java functions are deployed at start; optional. */
        public Builder template(Path template) {
            this.template = template;
            return this;
        }

        /** A template parameter override, like {@code sam deploy --parameter-overrides}. */
        public Builder parameter(String key, String value) {
            parameters.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** The region of ARNs, the template's {@code AWS::Region} and functions' {@code AWS_REGION}; default us-east-1. */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /**
         * Environment values for the template's functions, as {@code sam local --env-vars} takes them: keys are a
         * function's logical id or name, or {@value #ALL_FUNCTIONS} for every function; a function's own entry
         * wins over {@value #ALL_FUNCTIONS}. As in SAM, only variables the template declares in the function's
         * {@code Environment} are replaced; the others are ignored with a notice. Repeated calls merge.
         */
        public Builder environmentOverrides(Map<String, Map<String, String>> overrides) {
            overrides.forEach((key, variables) -> environmentOverrides.merge(key, Map.copyOf(variables), (a, b) -> {
                Map<String, String> both = new LinkedHashMap<>(a);
                both.putAll(b);
                return both;
            }));
            return this;
        }

        /**
         * A function to serve besides the template's; one with the same name replaces the template's. Without
         * a code location its handler comes from Stratus's own classpath, as in a JUnit test.
         */
        public Builder function(FunctionConfig function) {
            functions.add(Objects.requireNonNull(function, "function"));
            return this;
        }

        /**
         * The JSON Web Key Set that JWT and Cognito authorizers verify tokens with: a file path or an
         * {@code http(s)} URL, read once at start; default none, so every token is rejected.
         */
        public Builder jwks(String fileOrUrl) {
            this.jwks = Objects.requireNonNull(fileOrUrl, "fileOrUrl");
            return this;
        }

        /** An API key accepted on {@code ApiKeyRequired} methods besides the template's own keys; repeatable. */
        public Builder apiKey(String key) {
            apiKeys.add(Objects.requireNonNull(key, "key"));
            return this;
        }

        /**
         * How long API Gateway waits for a function before answering 504 (REST) or 503 (HTTP API); default AWS's
         * 29 s and 30 s. Tests of the timeout responses shorten them.
         */
        public Builder integrationTimeouts(Duration rest, Duration http) {
            this.restIntegrationTimeout = Objects.requireNonNull(rest, "rest");
            this.httpIntegrationTimeout = Objects.requireNonNull(http, "http");
            return this;
        }

        /**
         * Starts the server: loads the template and binds the port while the engine opens, creates
         * the template's tables and only then serves requests.
         *
         * @throws StratusStartupException when the port is in use, the template is missing or
         *     invalid, or the data directory cannot be opened
         */
        public StratusServer start() {
            long started = System.nanoTime();
            if (template != null && !Files.isRegularFile(template)) {
                throw new StratusStartupException("Template not found: " + template);
            }
            // Opening the engine (H2, Jackson) and binding Netty each spend a few hundred milliseconds
            // loading classes; overlapping them is the largest start-up saving on a multi-core machine.
            FutureTask<DynamoEngine> opening = new FutureTask<>(this::openEngine);
            new Thread(opening, "stratus-open-engine").start();
            Template loaded;
            HttpServer http;
            try {
                loaded = loadTemplate();
                http = bind();
            } catch (RuntimeException e) {
                closeWhenOpened(opening);
                throw e;
            }
            DynamoEngine engine;
            try {
                engine = await(opening);
            } catch (RuntimeException e) {
                http.close();
                throw e;
            }
            List<String> notices = new ArrayList<>(loaded == null ? List.of() : loaded.notices());
            URI endpoint = endpoint(host, http.port());
            LambdaHost lambda = null;
            List<FunctionConfig> deployments;
            List<HttpService> apiGateway;
            FunctionCatalog catalog = new FunctionCatalog(Clock.systemUTC());
            try {
                if (loaded != null) {
                    createTables(engine, loaded, notices);
                }
                deployments = deployments(loaded, notices);
                lambda = LambdaHost.builder().region(region).accountId(ACCOUNT_ID).endpoint(endpoint).build();
                for (FunctionConfig function : deployments) {
                    deploy(lambda, catalog, function);
                }
                apiGateway = apiGateway(loaded, lambda);
            } catch (RuntimeException e) {
                http.close();
                if (lambda != null) {
                    lambda.close();
                }
                engine.close();
                throw e;
            }
            LambdaApiContext lambdaApi = new LambdaApiContext(lambda, catalog,
                    new FunctionConfigurationWriter(region, ACCOUNT_ID));
            http.serve(services(engine, lambdaApi, apiGateway));
            ApiUrls urls = new ApiUrls(endpoint, loaded == null ? List.of() : loaded.apis());
            StratusServer server = new StratusServer(http, engine, lambda, endpoint, urls);
            List<StartupBanner.Function> served = deployments.stream()
                    .map(f -> new StartupBanner.Function(f.functionName(), f.handler(), f.runtime().id()))
                    .toList();
            StartupBanner banner = new StartupBanner(StratusVersion.current(), server.endpoint(), server.tableNames(),
                    served, dataDir, notices, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                    bannerRoutes(loaded, urls), bannerOutputs(loaded, urls));
            Logger log = log();
            banner.lines().forEach(log::info);
            return server;
        }

        private static DynamoEngine await(FutureTask<DynamoEngine> opening) {
            try {
                return opening.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new StratusStartupException("Cannot open the DynamoDB engine: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closeWhenOpened(opening);
                throw new StratusStartupException("Interrupted while opening the DynamoDB engine", e);
            }
        }

        /** Start-up failed elsewhere: the engine still opening must be closed once it is open (files, locks). */
        private static void closeWhenOpened(FutureTask<DynamoEngine> opening) {
            new Thread(() -> {
                try {
                    opening.get().close();
                } catch (ExecutionException e) {
                    // it failed to open: nothing to close
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "stratus-close-engine").start();
        }

        private HttpServer bind() {
            try {
                return HttpServer.bind(host, port);
            } catch (HttpServer.PortInUseException e) {
                throw new StratusStartupException(e.getMessage(), e);
            } catch (RuntimeException e) {
                throw new StratusStartupException("Cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
            }
        }

        private Template loadTemplate() {
            if (template == null) {
                return null;
            }
            try {
                return TemplateLoader.load(template, Map.copyOf(parameters),
                        new StackIdentity(StackIdentity.DEFAULT.stackName(), region, ACCOUNT_ID));
            } catch (TemplateException e) {
                throw new StratusStartupException("Invalid template " + template + ": " + e.getMessage(), e);
            }
        }

        private DynamoEngine openEngine() {
            if (dataDir == null) {
                return DynamoEngine.inMemory();
            }
            try {
                return DynamoEngine.open(dataDir);
            } catch (RuntimeException e) {
                throw new StratusStartupException("Cannot open data directory " + dataDir + ": " + e.getMessage(), e);
            }
        }

        private static List<HttpService> services(DynamoEngine engine, LambdaApiContext lambdaApi,
                                                  List<HttpService> apiGateway) {
            // Order matters: the first service that accepts a request gets it, and DynamoDB accepts
            // any path, so path-specific services come first.
            List<HttpService> services = new ArrayList<>(List.of(
                    new HealthService(Map.of("dynamodb", "running", "lambda", "running"), StratusVersion.current()),
                    new LambdaApiService(lambdaApi)));
            services.addAll(apiGateway);
            services.add(new DynamoDbHttpService(DynamoService.of(engine)));
            return services;
        }

        /** The template's REST and HTTP APIs, served by the Lambda host's functions; none without a template. */
        private List<HttpService> apiGateway(Template loaded, LambdaHost lambda) {
            if (loaded == null || loaded.apis().isEmpty()) {
                return List.of();
            }
            try {
                return List.of(new ApiGatewayService(loaded.apis(), new LambdaHostInvoker(lambda), gatewaySettings()));
            } catch (RouteConflictException e) {
                throw new StratusStartupException("Invalid template " + template + ": " + e.getMessage(), e);
            }
        }

        /** The gateway's settings from this builder; the JWKS is read here so a bad location fails the start. */
        private GatewaySettings gatewaySettings() {
            GatewaySettings settings = GatewaySettings.defaults().withAccount(region, ACCOUNT_ID).withApiKeys(apiKeys)
                    .withTimeouts(restIntegrationTimeout, httpIntegrationTimeout);
            if (jwks == null) {
                return settings;
            }
            try {
                return settings.withJwks(Jwks.load(jwks));
            } catch (IllegalArgumentException e) {
                throw new StratusStartupException(e.getMessage(), e);
            }
        }

        /** Every API route for the banner, API by API in template order. */
        private static List<StartupBanner.Route> bannerRoutes(Template loaded, ApiUrls urls) {
            List<StartupBanner.Route> routes = new ArrayList<>();
            if (loaded != null) {
                for (ApiDefinition api : loaded.apis()) {
                    for (ApiRoute route : api.routes()) {
                        String function = route.functionLogicalId() != null ? route.functionLogicalId()
                                : route.functionName();
                        String url = route.isDefaultRoute() ? urls.routeUrl(api, "/") : urls.routeUrl(api, route.path());
                        routes.add(new StartupBanner.Route(route.isDefaultRoute() ? "ANY" : route.method(),
                                route.isDefaultRoute() ? ApiRoute.DEFAULT_ROUTE : route.path(), function, url));
                    }
                }
            }
            return routes;
        }

        /** The template's outputs for the banner, with the local URL of every execute-api URL. */
        private static List<StartupBanner.Output> bannerOutputs(Template loaded, ApiUrls urls) {
            List<StartupBanner.Output> outputs = new ArrayList<>();
            if (loaded != null) {
                loaded.outputs().forEach((name, value) -> {
                    String text = String.valueOf(value);
                    outputs.add(new StartupBanner.Output(name, text, urls.local(text).orElse(null)));
                });
            }
            return outputs;
        }

        /**
         * {@code config} with the {@link #environmentOverrides} for it: {@value #ALL_FUNCTIONS} first, then its
         * own entry (by logical id, else by name); variables the template does not declare are only noticed.
         */
        private FunctionConfig withOverrides(FunctionConfig config, String logicalId, List<String> notices) {
            if (environmentOverrides.isEmpty()) {
                return config;
            }
            Map<String, String> environment = new LinkedHashMap<>(config.environment());
            Map<String, String> all = environmentOverrides.getOrDefault(ALL_FUNCTIONS, Map.of());
            all.forEach((name, value) -> environment.replace(name, value));
            Map<String, String> own = environmentOverrides.containsKey(logicalId) ? environmentOverrides.get(logicalId)
                    : environmentOverrides.getOrDefault(config.functionName(), Map.of());
            own.forEach((name, value) -> {
                if (environment.replace(name, value) == null && !config.environment().containsKey(name)) {
                    notices.add("Environment override " + logicalId + "." + name + " ignored: the template does not"
                            + " declare " + name + " for this function (sam local ignores it too)");
                }
            });
            return new FunctionConfig(config.functionName(), config.handler(), config.runtime(), config.memorySize(),
                    config.timeoutSeconds(), environment, config.codeLocation(), config.reservedConcurrentExecutions());
        }

        /** The template's functions, then the builder's (which win on a name clash), in that order. */
        private List<FunctionConfig> deployments(Template loaded, List<String> notices) {
            Map<String, FunctionConfig> byName = new LinkedHashMap<>();
            if (loaded != null) {
                for (FunctionDefinition function : loaded.functions()) {
                    try {
                        byName.put(function.functionName(),
                                withOverrides(TemplateFunctions.toConfig(function), function.logicalId(), notices));
                    } catch (IllegalArgumentException e) {
                        throw new StratusStartupException(e.getMessage(), e);
                    }
                }
            }
            for (String key : environmentOverrides.keySet()) {
                boolean known = key.equals(ALL_FUNCTIONS) || loaded != null && loaded.functions().stream()
                        .anyMatch(f -> f.logicalId().equals(key) || f.functionName().equals(key));
                if (!known) {
                    notices.add("Environment overrides for " + key + " ignored: the template has no function with"
                            + " that logical id or name");
                }
            }
            for (FunctionConfig function : functions) {
                byName.remove(function.functionName());
                byName.put(function.functionName(), function);
            }
            return List.copyOf(byName.values());
        }

        private static void deploy(LambdaHost lambda, FunctionCatalog catalog, FunctionConfig function) {
            try {
                lambda.deploy(function);
            } catch (RuntimeException e) {
                throw new StratusStartupException("Cannot deploy function " + function.functionName() + ": "
                        + e.getMessage(), e);
            }
            catalog.deployed(function);
        }

        /** Creates each table; one that survived in the data directory is kept as it is. */
        private static void createTables(DynamoEngine engine, Template template, List<String> notices) {
            String region = template.region() != null ? template.region() : RequestContext.DEFAULT_REGION;
            for (TableDefinition table : template.tables()) {
                RequestContext context = new RequestContext(region, RequestContext.DEFAULT_ACCOUNT_ID, RequestIds.next());
                try {
                    engine.execute("CreateTable", table.createTableRequest(), context);
                } catch (DynamoDbException e) {
                    if (e.code() != ErrorCode.RESOURCE_IN_USE) {
                        throw new StratusStartupException("Cannot create table " + table.tableName()
                                + " (" + table.logicalId() + ") from the template: " + e.getMessage(), e);
                    }
                    notices.add("Table " + table.tableName() + " already exists in the data directory; kept as stored");
                }
            }
        }

        /** Wildcard binds are reached through loopback; IPv6 literals need brackets in a URL. */
        private static URI endpoint(String host, int port) {
            String reachable = switch (host) {
                case "0.0.0.0", "::", "[::]", "" -> DEFAULT_HOST;
                default -> host;
            };
            if (reachable.indexOf(':') >= 0 && !reachable.startsWith("[")) {
                reachable = "[" + reachable + "]";
            }
            return URI.create("http://" + reachable + ":" + port);
        }
    }
}
