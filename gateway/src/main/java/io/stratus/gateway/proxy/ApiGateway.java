package io.stratus.gateway.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stratus.gateway.auth.ApiKeys;
import io.stratus.gateway.auth.JwtVerifier;
import io.stratus.gateway.auth.LambdaAuthorizers;
import io.stratus.gateway.auth.TokenAuthorizers;
import io.stratus.gateway.cors.CorsResponder;
import io.stratus.gateway.errors.GatewayError;
import io.stratus.gateway.errors.GatewayException;
import io.stratus.gateway.event.ApiRequest;
import io.stratus.gateway.event.EventContext;
import io.stratus.gateway.event.HttpHeader;
import io.stratus.gateway.event.PayloadV1Event;
import io.stratus.gateway.event.PayloadV2Event;
import io.stratus.gateway.integration.FunctionInvoker;
import io.stratus.gateway.integration.FunctionResult;
import io.stratus.gateway.response.PayloadV1Response;
import io.stratus.gateway.response.PayloadV2Response;
import io.stratus.gateway.response.ProxyResponse;
import io.stratus.gateway.route.RouteLookup;
import io.stratus.gateway.route.RouteMatch;
import io.stratus.gateway.route.RouteTable;
import io.stratus.gateway.template.ApiDefinition;
import io.stratus.gateway.template.ApiKind;
import io.stratus.gateway.template.ApiRoute;
import io.stratus.gateway.template.AuthorizerDefinition;
import io.stratus.gateway.template.PayloadFormat;
import io.stratus.gateway.validation.RequestValidator;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Serves a template's APIs: one request in, one response (or one {@link GatewayException}) out.
 *
 * <p>The steps run in API Gateway's order: size quotas, route, CORS preflight, authorizer, API key, request
 * validation, then the Lambda proxy integration under the integration timeout and the response mapping.
 * {@link #handle} blocks its caller for up to the timeout, so it must run on a worker thread.
 */
public final class ApiGateway {

    /** "Payload size: 10 MB" for REST and HTTP APIs ("Amazon API Gateway quotas"). */
    public static final int MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;
    /** "Total combined size of request line and header values: 10240 bytes" ("Amazon API Gateway quotas"). */
    public static final int MAX_REQUEST_LINE_AND_HEADERS = 10_240;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RouteTable routes;
    private final FunctionInvoker invoker;
    private final GatewaySettings settings;
    private final LambdaAuthorizers lambdaAuthorizers;
    private final TokenAuthorizers tokenAuthorizers;
    private final ApiKeys apiKeys;
    private final RequestValidator validator = new RequestValidator();

    /**
     * A gateway over {@code apis} invoking functions through {@code invoker}.
     *
     * @throws io.stratus.gateway.route.RouteConflictException when two APIs claim the same route
     */
    public ApiGateway(List<ApiDefinition> apis, FunctionInvoker invoker, GatewaySettings settings) {
        this.routes = RouteTable.build(apis);
        this.invoker = invoker;
        this.settings = settings;
        this.lambdaAuthorizers = new LambdaAuthorizers(invoker, settings.clock(), settings.region());
        this.tokenAuthorizers = new TokenAuthorizers(new JwtVerifier(settings.jwks(), settings.clock()));
        this.apiKeys = new ApiKeys(settings.apiKeys());
    }

    /** Whether a request for {@code method} {@code path} is the gateway's (an API's route or stage prefix). */
    public boolean claims(String method, String path) {
        return !(routes.lookup(method, path) instanceof RouteLookup.NotServed);
    }

    /**
     * Handles a request.
     *
     * @throws GatewayException for every response API Gateway produces itself
     */
    public ProxyResponse handle(ApiRequest request) {
        RouteLookup lookup = routes.lookup(request.method(), request.path());
        if (lookup instanceof RouteLookup.NotServed) {
            throw new GatewayException(GatewayError.NOT_FOUND);
        }
        ApiDefinition api = lookup instanceof RouteLookup.Matched m ? m.match().api()
                : ((RouteLookup.Unmatched) lookup).api();
        try {
            return handle(api, lookup, request);
        } catch (GatewayException e) {
            throw e.withHeaders(CorsResponder.responseHeaders(api, request));
        }
    }

    private ProxyResponse handle(ApiDefinition api, RouteLookup lookup, ApiRequest request) {
        checkSize(api.kind(), request);
        if (lookup instanceof RouteLookup.Unmatched) {
            ProxyResponse preflight = preflight(api, request);
            if (preflight != null) {
                return preflight;
            }
            throw new GatewayException(GatewayError.noRoute(api.kind()), null, "no route for "
                    + request.method() + " " + request.path());
        }
        RouteMatch match = ((RouteLookup.Matched) lookup).match();
        ApiRoute route = match.route();
        if (!route.method().equals("OPTIONS")) {
            ProxyResponse preflight = CorsResponder.preflight(api, request, routes.methodsOf(api, route.path()));
            if (preflight != null) {
                return preflight;
            }
        }
        EventContext context = new EventContext(settings.accountId(), domainName(api, request), null, null);
        ObjectNode authorizer = authorize(api, route, request, match, context);
        String apiKey = route.apiKeyRequired() && api.kind() == ApiKind.REST ? apiKeys.require(api, request) : null;
        if (route.validation() != null) {
            validator.validate(route.validation(), request, match.pathParameters());
        }
        context = new EventContext(context.accountId(), context.domainName(), authorizer, apiKey);
        ObjectNode event = route.payloadFormat() == PayloadFormat.V1 ? PayloadV1Event.build(request, match, context)
                : PayloadV2Event.build(request, match, context);
        FunctionResult result = invoke(api.kind(), route, event);
        ProxyResponse response = route.payloadFormat() == PayloadFormat.V1
                ? PayloadV1Response.map(result.payload(), api.kind()) : PayloadV2Response.map(result.payload());
        return CorsResponder.decorate(api, request, response);
    }

    private ProxyResponse preflight(ApiDefinition api, ApiRequest request) {
        if (!request.method().equals("OPTIONS") || api.cors() == null) {
            return null;
        }
        RouteLookup anyMethod = routes.lookup(null, request.path());
        if (anyMethod instanceof RouteLookup.Matched m && m.match().api() == api) {
            return CorsResponder.preflight(api, request, routes.methodsOf(api, m.match().route().path()));
        }
        // HTTP APIs answer a preflight for any path; REST only has OPTIONS methods on its resources.
        return api.kind() == ApiKind.HTTP ? CorsResponder.preflight(api, request, java.util.Set.of()) : null;
    }

    private static void checkSize(ApiKind kind, ApiRequest request) {
        if (request.body().length > MAX_PAYLOAD_BYTES) {
            throw new GatewayException(GatewayError.tooLarge(kind));
        }
        long size = request.method().length() + request.rawPath().length() + request.rawQueryString().length()
                + request.protocol().length() + 4;
        for (HttpHeader h : request.headers()) {
            size += h.name().length() + h.value().length() + 4;
        }
        if (size > MAX_REQUEST_LINE_AND_HEADERS) {
            throw new GatewayException(GatewayError.HEADERS_TOO_LARGE);
        }
    }

    private ObjectNode authorize(ApiDefinition api, ApiRoute route, ApiRequest request, RouteMatch match,
                                 EventContext context) {
        AuthorizerDefinition authorizer = api.authorizer(route.authorizer());
        if (authorizer == null) {
            return null;
        }
        return authorizer.type().isLambda() ? lambdaAuthorizers.authorize(authorizer, request, match, context)
                : tokenAuthorizers.authorize(authorizer, request, match);
    }

    private FunctionResult invoke(ApiKind kind, ApiRoute route, ObjectNode event) {
        Duration timeout = kind == ApiKind.REST ? settings.restTimeout() : settings.httpTimeout();
        FunctionResult result;
        try {
            result = invoker.invoke(route.functionName(), JSON.writeValueAsBytes(event))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new GatewayException(GatewayError.integrationTimeout(kind), null,
                    route.functionName() + " did not answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw new GatewayException(GatewayError.integrationFailure(kind), null,
                    "Invoking " + route.functionName() + " failed: " + e.getCause());
        } catch (IOException e) {
            throw new IllegalStateException("an event tree always serialises", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException(GatewayError.integrationFailure(kind), null, "interrupted");
        }
        if (result.failed()) {
            throw new GatewayException(GatewayError.integrationFailure(kind), null,
                    route.functionName() + " failed: " + new String(result.payload(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return result;
    }

    /** The host the client called, as API Gateway reports it; the API's AWS domain when there is no Host header. */
    private String domainName(ApiDefinition api, ApiRequest request) {
        String host = request.header("Host");
        return host != null && !host.isBlank() ? host
                : api.apiId() + ".execute-api." + settings.region() + ".amazonaws.com";
    }
}
