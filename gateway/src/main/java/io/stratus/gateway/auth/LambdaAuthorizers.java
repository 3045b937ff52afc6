package io.stratus.gateway.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stratus.gateway.errors.GatewayError;
import io.stratus.gateway.errors.GatewayException;
import io.stratus.gateway.event.ApiRequest;
import io.stratus.gateway.event.EventContext;
import io.stratus.gateway.event.PayloadV1Event;
import io.stratus.gateway.event.PayloadV2Event;
import io.stratus.gateway.integration.FunctionInvoker;
import io.stratus.gateway.integration.FunctionResult;
import io.stratus.gateway.route.RouteMatch;
import io.stratus.gateway.template.ApiKind;
import io.stratus.gateway.template.AuthorizerDefinition;
import io.stratus.gateway.template.AuthorizerType;
import io.stratus.gateway.template.PayloadFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Runs Lambda authorizers as "Use API Gateway Lambda authorizers" and "Working with AWS Lambda authorizers
 * for HTTP APIs" describe: a missing identity source is 401 without invoking the function; the function's
 * {@code Unauthorized} error is 401, any other failure or a malformed answer 500; a policy is evaluated
 * against the method ARN (a cached policy too, so a cached Deny for one method does not leak to another);
 * answers are cached per identity source values for the authorizer's TTL.
 */
public final class LambdaAuthorizers {

    /** Lambda authorizers must answer within 10 s ("Amazon API Gateway quotas"). */
    public static final Duration AUTHORIZER_TIMEOUT = Duration.ofSeconds(10);

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Answer(String principalId, JsonNode policy, Boolean simpleAllowed, ObjectNode context,
                          long expiresAtMillis) { }

    private final FunctionInvoker invoker;
    private final Clock clock;
    private final String region;
    private final Map<String, Answer> cache = new ConcurrentHashMap<>();
    /** Compiled validation expressions, so a TOKEN authorizer's regex is compiled once, not per request. */
    private final Map<String, Pattern> validations = new ConcurrentHashMap<>();

    /** Authorizers invoked through {@code invoker}, cached by the time of {@code clock}, with ARNs in {@code region}. */
    public LambdaAuthorizers(FunctionInvoker invoker, Clock clock, String region) {
        this.invoker = invoker;
        this.clock = clock;
        this.region = region;
    }

    /**
     * Authorizes the request; returns {@code requestContext.authorizer} shaped for the route's payload format.
     *
     * @throws GatewayException 401, 403 or 500 as API Gateway answers
     */
    public ObjectNode authorize(AuthorizerDefinition authorizer, ApiRequest request, RouteMatch match,
                                EventContext context) {
        ApiKind kind = match.api().kind();
        List<String> identity = IdentitySources.values(authorizer.identitySources(), request,
                match.api().stageVariables(), Map.of("routeKey", match.route().routeKey(),
                        "httpMethod", request.method(), "stage", match.api().stage()));
        if (identity == null) {
            throw new GatewayException(GatewayError.UNAUTHORIZED, null, "identity source missing");
        }
        if (authorizer.type() == AuthorizerType.TOKEN && authorizer.validationExpression() != null
                && !validation(authorizer.validationExpression()).matcher(identity.get(0)).matches()) {
            throw new GatewayException(GatewayError.UNAUTHORIZED, null, "token fails the validation expression");
        }
        String methodArn = MethodArn.of(region, context.accountId(), match.api().apiId(), match.api().stage(),
                request.method(), match.path());
        String cacheKey = authorizer.resultTtlSeconds() > 0 && !identity.isEmpty()
                ? match.api().apiId() + "\n" + authorizer.name() + "\n" + String.join("\n", identity) : null;
        long now = clock.millis();
        Answer answer = cacheKey == null ? null : cache.get(cacheKey);
        if (answer == null || answer.expiresAtMillis() <= now) {
            answer = invoke(authorizer, request, match, context, identity, methodArn, now);
            if (cacheKey != null) {
                cache.put(cacheKey, answer);
            }
        }
        boolean allowed;
        boolean explicit = false;
        if (answer.simpleAllowed() != null) {
            allowed = answer.simpleAllowed();
        } else {
            PolicyDecision decision = IamPolicy.evaluate(answer.policy(), methodArn);
            allowed = decision == PolicyDecision.ALLOW;
            explicit = decision == PolicyDecision.EXPLICIT_DENY;
        }
        if (!allowed) {
            throw new GatewayException(GatewayError.denied(kind, explicit), null, "authorizer denied " + methodArn);
        }
        return requestContextAuthorizer(answer, match);
    }

    private Answer invoke(AuthorizerDefinition authorizer, ApiRequest request, RouteMatch match, EventContext context,
                          List<String> identity, String methodArn, long now) {
        ApiKind kind = match.api().kind();
        ObjectNode event = event(authorizer, request, match, context, identity, methodArn);
        FunctionResult result;
        try {
            result = invoker.invoke(authorizer.functionName(), JSON.writeValueAsBytes(event))
                    .get(AUTHORIZER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException | IOException e) {
            throw failure(kind, "authorizer " + authorizer.name() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(kind, "interrupted");
        }
        JsonNode body = parse(result.payload());
        if (result.failed()) {
            if (body != null && "Unauthorized".equals(body.path("errorMessage").asText(null))) {
                throw new GatewayException(GatewayError.UNAUTHORIZED, null, "authorizer answered Unauthorized");
            }
            throw failure(kind, "authorizer " + authorizer.name() + " failed");
        }
        if (body == null || !body.isObject()) {
            throw failure(kind, "authorizer answer is not a JSON object");
        }
        ObjectNode ctx = JSON.createObjectNode();
        JsonNode given = body.get("context");
        if (given != null && !given.isNull()) {
            if (!given.isObject()) {
                throw failure(kind, "authorizer context is not an object");
            }
            for (Map.Entry<String, JsonNode> e : given.properties()) {
                // REST accepts only string, number and boolean context values ("Lambda authorizer output").
                if (kind == ApiKind.REST && !e.getValue().isValueNode()) {
                    throw failure(kind, "authorizer context value " + e.getKey() + " is not a primitive");
                }
                ctx.set(e.getKey(), e.getValue());
            }
        }
        long expires = now + authorizer.resultTtlSeconds() * 1000L;
        if (kind == ApiKind.HTTP && authorizer.simpleResponses() && authorizer.payloadFormat() == PayloadFormat.V2) {
            JsonNode allowed = body.get("isAuthorized");
            if (allowed == null || !allowed.isBoolean()) {
                throw failure(kind, "simple response without a boolean isAuthorized");
            }
            return new Answer(null, null, allowed.asBoolean(), ctx, expires);
        }
        JsonNode policy = body.get("policyDocument");
        if (policy == null || !policy.isObject() || !policy.has("Statement")) {
            throw failure(kind, "authorizer answer has no policyDocument");
        }
        String principal = body.hasNonNull("principalId") ? body.get("principalId").asText() : null;
        if (kind == ApiKind.REST && principal == null) {
            throw failure(kind, "authorizer answer has no principalId");
        }
        return new Answer(principal, policy, null, ctx, expires);
    }

    private static ObjectNode event(AuthorizerDefinition authorizer, ApiRequest request, RouteMatch match,
                                    EventContext context, List<String> identity, String methodArn) {
        ObjectNode event = JSON.createObjectNode();
        if (authorizer.type() == AuthorizerType.TOKEN) {
            event.put("type", "TOKEN");
            event.put("authorizationToken", identity.get(0));
            event.put("methodArn", methodArn);
            return event;
        }
        EventContext plain = new EventContext(context.accountId(), context.domainName(), null, null);
        if (match.api().kind() == ApiKind.HTTP && authorizer.payloadFormat() == PayloadFormat.V2) {
            event.put("version", "2.0");
            event.put("type", "REQUEST");
            event.put("routeArn", methodArn);
            ArrayNode sources = event.putArray("identitySource");
            identity.forEach(sources::add);
            ObjectNode v2 = PayloadV2Event.build(request, match, plain);
            v2.remove("version");
            event.setAll(v2);
            return event;
        }
        event.put("type", "REQUEST");
        event.put("methodArn", methodArn);
        if (match.api().kind() == ApiKind.HTTP) {
            event.put("identitySource", String.join(",", identity));
            event.put("authorizationToken", String.join(",", identity));
        }
        event.setAll(PayloadV1Event.build(request, match, plain));
        return event;
    }

    private static ObjectNode requestContextAuthorizer(Answer answer, RouteMatch match) {
        ObjectNode out = JSON.createObjectNode();
        if (match.api().kind() == ApiKind.HTTP && match.route().payloadFormat() == PayloadFormat.V2) {
            out.set("lambda", answer.context().deepCopy());
            return out;
        }
        if (answer.principalId() != null) {
            out.put("principalId", answer.principalId());
        }
        out.setAll(answer.context().deepCopy());
        if (match.api().kind() == ApiKind.REST) {
            out.put("integrationLatency", 0);
        }
        return out;
    }

    private static JsonNode parse(byte[] payload) {
        try {
            return payload == null || payload.length == 0 ? null : JSON.readTree(new String(payload, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
    }

    private static GatewayException failure(ApiKind kind, String why) {
        return new GatewayException(GatewayError.authorizerFailure(kind), null, why);
    }

    private Pattern validation(String expression) {
        return validations.computeIfAbsent(expression, Pattern::compile);
    }
}
