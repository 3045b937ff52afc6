package io.stratus.server.apigw;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.stratus.gateway.errors.GatewayException;
import io.stratus.gateway.event.ApiRequest;
import io.stratus.gateway.event.HttpHeader;
import io.stratus.gateway.integration.FunctionInvoker;
import io.stratus.gateway.proxy.ApiGateway;
import io.stratus.gateway.proxy.GatewaySettings;
import io.stratus.gateway.response.ProxyResponse;
import io.stratus.gateway.template.ApiDefinition;
import io.stratus.server.netty.AwsHeaders;
import io.stratus.server.netty.HttpService;
import io.stratus.server.netty.ServerRequest;
import io.stratus.server.netty.ServerResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The template's REST and HTTP APIs on the shared port. It claims a request when an API's route or stage
 * prefix matches its path, and never claims DynamoDB ({@code X-Amz-Target}), Lambda Invoke API
 * ({@code /2015-03-31/}) or Stratus's own ({@code /_stratus/}) requests.
 *
 * <p>A request waits for its function (and authorizer) for up to the integration timeout, and that function
 * may itself call back into Stratus — DynamoDB, another API. So requests run on this service's own elastic
 * pool of daemon threads rather than on the server's small worker pool, which they would otherwise starve:
 * with every worker waiting for a handler, the handlers' own DynamoDB calls could never be served.
 */
public final class ApiGatewayService implements HttpService {

    private static final Logger LOG = LoggerFactory.getLogger(ApiGatewayService.class);
    private static final String LAMBDA_API_PREFIX = "/2015-03-31/";
    private static final String STRATUS_PREFIX = "/_stratus/";
    /** The {@code sourceIp} of a request whose client address is unknown (one built in a test, not read off a socket). */
    private static final String UNKNOWN_SOURCE_IP = "127.0.0.1";

    /** Idle threads of the invocation pool end after this long, so a quiet server holds none. */
    private static final long IDLE_THREAD_SECONDS = 30;

    private final ApiGateway gateway;
    private final GatewaySettings settings;
    private final Executor invocations;

    /** A service over {@code apis}, invoking functions through {@code invoker}. */
    public ApiGatewayService(List<ApiDefinition> apis, FunctionInvoker invoker, GatewaySettings settings) {
        this(apis, invoker, settings, new ThreadPoolExecutor(0, Integer.MAX_VALUE,
                IDLE_THREAD_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(), daemonThreads()));
    }

    /** A service whose requests run on {@code invocations} (tests pass a direct executor). */
    ApiGatewayService(List<ApiDefinition> apis, FunctionInvoker invoker, GatewaySettings settings,
                      Executor invocations) {
        this.gateway = new ApiGateway(apis, invoker, settings);
        this.settings = settings;
        this.invocations = invocations;
    }

    @Override
    public String name() {
        return "API Gateway";
    }

    @Override
    public boolean accepts(ServerRequest request) {
        return request.header(AwsHeaders.TARGET) == null
                && !request.path().startsWith(LAMBDA_API_PREFIX)
                && !request.path().startsWith(STRATUS_PREFIX)
                && gateway.claims(request.method(), request.path());
    }

    @Override
    public CompletionStage<ServerResponse> handleAsync(ServerRequest request, Executor worker) {
        return CompletableFuture.supplyAsync(() -> handle(request), invocations);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "stratus-apigw-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public ServerResponse handle(ServerRequest request) {
        ApiRequest api = toApiRequest(request);
        try {
            return render(gateway.handle(api), request.method() + " " + request.path());
        } catch (GatewayException e) {
            LOG.debug("{} {} answered {}: {}", request.method(), request.path(), e.error().status(), e.getMessage());
            return GatewayErrorResponses.render(e);
        }
    }

    private ApiRequest toApiRequest(ServerRequest request) {
        List<HttpHeader> headers = new ArrayList<>();
        for (Iterator<Map.Entry<String, String>> it = request.headers().iteratorAsString(); it.hasNext(); ) {
            Map.Entry<String, String> h = it.next();
            headers.add(new HttpHeader(h.getKey(), h.getValue()));
        }
        String sourceIp = request.clientIp();
        return new ApiRequest(request.method(), request.path(), request.rawPath(), request.rawQueryString(),
                headers, request.body(), sourceIp != null ? sourceIp : UNKNOWN_SOURCE_IP, "HTTP/1.1",
                request.requestId(), settings.clock().millis());
    }

    /**
     * The client response. A header the function set once is a plain header; one with several values
     * (two {@code Set-Cookie} from 2.0 {@code cookies} or 1.0 {@code multiValueHeaders}) is sent as one
     * header line per value, as API Gateway sends them.
     */
    static ServerResponse render(ProxyResponse response, String operation) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        String contentType = null;
        for (HttpHeader h : response.headers()) {
            if (h.name().equalsIgnoreCase(HttpHeaderNames.CONTENT_TYPE.toString())) {
                contentType = h.value();
                continue;
            }
            if (h.name().equalsIgnoreCase(HttpHeaderNames.CONTENT_LENGTH.toString())) {
                continue;  // the dispatcher sets the real length
            }
            String key = byName.keySet().stream().filter(k -> k.equalsIgnoreCase(h.name())).findFirst().orElse(h.name());
            byName.computeIfAbsent(key, k -> new ArrayList<>()).add(h.value());
        }
        Map<String, String> single = new LinkedHashMap<>();
        Map<String, List<String>> repeated = new LinkedHashMap<>();
        byName.forEach((name, values) -> {
            if (values.size() == 1) {
                single.put(name, values.get(0));
            } else {
                repeated.put(name, values);
            }
        });
        return new ServerResponse(response.status(), contentType, response.body(), single, operation, repeated);
    }
}
