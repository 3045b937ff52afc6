package io.stratus.gateway.event;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stratus.gateway.route.RouteMatch;
import io.stratus.gateway.template.ApiKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds payload format 2.0 events (HTTP APIs), following "Create AWS Lambda proxy integrations for HTTP
 * APIs": header names in lower case, duplicate headers and query parameters joined with commas,
 * {@code Cookie} headers split into {@code cookies} (and left out of {@code headers}), no
 * {@code multiValue*} fields, and every optional field absent rather than {@code null} when empty.
 */
public final class PayloadV2Event {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private PayloadV2Event() {
    }

    /** The event for {@code request} matched to {@code match}. */
    public static ObjectNode build(ApiRequest request, RouteMatch match, EventContext context) {
        ObjectNode event = JSON.objectNode();
        event.put("version", "2.0");
        event.put("routeKey", match.route().routeKey());
        // Despite its name, HTTP APIs hand rawPath over percent-decoded (observed on live APIs, see
        // middleapi/standard-server#93 citing hotsock/voker#8); rawQueryString stays as sent.
        event.put("rawPath", request.path());
        event.put("rawQueryString", request.rawQueryString());

        List<String> cookies = new ArrayList<>();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpHeader h : request.headers()) {
            String name = h.name().toLowerCase(Locale.ROOT);
            if (name.equals("cookie")) {
                for (String cookie : h.value().split(";")) {
                    if (!cookie.isBlank()) {
                        cookies.add(cookie.trim());
                    }
                }
            } else {
                headers.computeIfAbsent(name, n -> new ArrayList<>()).add(h.value());
            }
        }
        if (!cookies.isEmpty()) {
            ArrayNode array = event.putArray("cookies");
            cookies.forEach(array::add);
        }
        ObjectNode headerNode = event.putObject("headers");
        headers.forEach((k, v) -> headerNode.put(k, String.join(",", v)));
        Map<String, List<String>> query = QueryString.parse(request.rawQueryString());
        if (!query.isEmpty()) {
            ObjectNode q = event.putObject("queryStringParameters");
            query.forEach((k, v) -> q.put(k, String.join(",", v)));
        }

        ObjectNode ctx = event.putObject("requestContext");
        ctx.put("accountId", context.accountId());
        ctx.put("apiId", match.api().apiId());
        if (context.authorizer() != null) {
            ctx.set("authorizer", context.authorizer());
        }
        ctx.put("domainName", context.domainName());
        ctx.put("domainPrefix", context.domainPrefix());
        ObjectNode http = ctx.putObject("http");
        http.put("method", request.method());
        http.put("path", match.stagePath());
        http.put("protocol", request.protocol());
        http.put("sourceIp", request.sourceIp());
        http.put("userAgent", request.userAgent());
        ctx.put("requestId", request.requestId());
        ctx.put("routeKey", match.route().routeKey());
        ctx.put("stage", match.api().stage());
        ctx.put("time", RequestTime.clf(request.epochMillis()));
        ctx.put("timeEpoch", request.epochMillis());

        if (!match.pathParameters().isEmpty()) {
            ObjectNode p = event.putObject("pathParameters");
            match.pathParameters().forEach(p::put);
        }
        if (!match.api().stageVariables().isEmpty()) {
            ObjectNode s = event.putObject("stageVariables");
            match.api().stageVariables().forEach(s::put);
        }
        boolean base64 = BodyEncoding.isBase64(ApiKind.HTTP, request.header("Content-Type"), List.of());
        if (request.body().length > 0) {
            event.put("body", base64 ? Base64.getEncoder().encodeToString(request.body())
                    : new String(request.body(), StandardCharsets.UTF_8));
        }
        event.put("isBase64Encoded", base64 && request.body().length > 0);
        return event;
    }
}
