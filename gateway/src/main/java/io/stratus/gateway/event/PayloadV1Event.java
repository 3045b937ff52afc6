package io.stratus.gateway.event;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stratus.gateway.route.RouteMatch;
import io.stratus.gateway.template.ApiKind;
import io.stratus.gateway.template.ApiRoute;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds payload format 1.0 events (REST APIs, and HTTP APIs with {@code PayloadFormatVersion: 1.0}).
 *
 * <p>Where the two differ, as documented in "Lambda proxy integrations in API Gateway" and the HTTP API
 * payload format page: HTTP API events carry {@code "version": "1.0"}, lower-case header names, and join
 * duplicate headers and query parameters with commas in the single-value maps, where REST keeps the last
 * value and the client's header casing. Empty maps are {@code null}, never absent.
 */
public final class PayloadV1Event {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] IDENTITY_NULLS = {"cognitoIdentityPoolId", "accountId", "cognitoIdentityId",
        "caller", "principalOrgId", "accessKey", "cognitoAuthenticationType", "cognitoAuthenticationProvider",
        "userArn", "user"};

    private PayloadV1Event() {
    }

    /** The event for {@code request} matched to {@code match}. */
    public static ObjectNode build(ApiRequest request, RouteMatch match, EventContext context) {
        boolean http = match.api().kind() == ApiKind.HTTP;
        ApiRoute route = match.route();
        String resource = route.isDefaultRoute() ? ApiRoute.DEFAULT_ROUTE : route.path();
        ObjectNode event = JSON.objectNode();
        if (http) {
            event.put("version", "1.0");
        }
        event.put("resource", resource);
        // REST passes the path on still percent-encoded, HTTP APIs decoded (observed on live APIs, see
        // middleapi/standard-server#93 citing hotsock/voker#8); REST's path leaves the stage out.
        event.put("path", http ? match.stagePath() : restPath(request, match, false));
        event.put("httpMethod", request.method());

        Map<String, List<String>> headers = new LinkedHashMap<>();
        Map<String, String> lowerToName = new LinkedHashMap<>();
        for (HttpHeader h : request.headers()) {
            String key = h.name().toLowerCase(java.util.Locale.ROOT);
            String name = lowerToName.computeIfAbsent(key, k -> http ? key : h.name());
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(h.value());
        }
        putSingle(event, "headers", headers, http);
        putMulti(event, "multiValueHeaders", headers);
        Map<String, List<String>> query = QueryString.parse(request.rawQueryString());
        putSingle(event, "queryStringParameters", query, http);
        putMulti(event, "multiValueQueryStringParameters", query);

        ObjectNode ctx = event.putObject("requestContext");
        ctx.put("resourceId", http ? route.routeKey() : EventIds.resourceId(match.api().apiId(), resource));
        ctx.put("resourcePath", resource);
        ctx.put("httpMethod", request.method());
        ctx.put("extendedRequestId", EventIds.extendedRequestId(request.requestId()));
        ctx.put("requestTime", RequestTime.clf(request.epochMillis()));
        ctx.put("path", http ? match.stagePath() : restPath(request, match, true));
        ctx.put("accountId", context.accountId());
        ctx.put("protocol", request.protocol());
        ctx.put("stage", match.api().stage());
        ctx.put("domainPrefix", context.domainPrefix());
        ctx.put("requestTimeEpoch", request.epochMillis());
        ctx.put("requestId", request.requestId());
        ObjectNode identity = ctx.putObject("identity");
        for (String field : IDENTITY_NULLS) {
            identity.putNull(field);
        }
        identity.put("sourceIp", request.sourceIp());
        identity.put("userAgent", request.userAgent());
        if (context.apiKey() != null) {
            identity.put("apiKey", context.apiKey());
            identity.put("apiKeyId", EventIds.resourceId(match.api().apiId(), "apikey:" + context.apiKey()));
        }
        ctx.put("domainName", context.domainName());
        ctx.put("apiId", match.api().apiId());
        if (context.authorizer() != null) {
            ctx.set("authorizer", context.authorizer());
        }

        putStrings(event, "pathParameters", match.pathParameters());
        putStrings(event, "stageVariables", match.api().stageVariables());
        boolean base64 = BodyEncoding.isBase64(match.api().kind(), request.header("Content-Type"),
                match.api().binaryMediaTypes());
        if (request.body().length == 0) {
            event.putNull("body");
        } else {
            event.put("body", base64 ? Base64.getEncoder().encodeToString(request.body())
                    : new String(request.body(), StandardCharsets.UTF_8));
        }
        event.put("isBase64Encoded", base64 && request.body().length > 0);
        return event;
    }

    /** The REST path as sent (percent-encoded), with or without the stage prefix. */
    private static String restPath(ApiRequest request, RouteMatch match, boolean withStage) {
        String raw = request.rawPath();
        String prefix = "/" + match.api().stage();
        if (match.viaStage()) {
            if (!raw.startsWith(prefix + "/") && !raw.equals(prefix)) {
                return withStage ? match.stagePath() : match.path();  // the stage itself was percent-encoded
            }
            raw = raw.substring(prefix.length());
        }
        if (raw.isEmpty()) {
            raw = "/";
        }
        return withStage && !match.api().hasDefaultStage() ? prefix + raw : raw;
    }

    private static void putSingle(ObjectNode event, String field, Map<String, List<String>> values, boolean join) {
        if (values.isEmpty()) {
            event.putNull(field);
            return;
        }
        ObjectNode node = event.putObject(field);
        values.forEach((k, v) -> node.put(k, join ? String.join(",", v) : v.get(v.size() - 1)));
    }

    private static void putMulti(ObjectNode event, String field, Map<String, List<String>> values) {
        if (values.isEmpty()) {
            event.putNull(field);
            return;
        }
        ObjectNode node = event.putObject(field);
        values.forEach((k, v) -> v.forEach(node.putArray(k)::add));
    }

    private static void putStrings(ObjectNode event, String field, Map<String, String> values) {
        if (values.isEmpty()) {
            event.putNull(field);
            return;
        }
        ObjectNode node = event.putObject(field);
        values.forEach(node::put);
    }
}
