package io.stratus.gateway.response;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.gateway.event.HttpHeader;
import io.stratus.gateway.template.ApiKind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a payload format 1.0 response: a JSON object with {@code statusCode}, {@code headers},
 * {@code multiValueHeaders}, {@code body} and {@code isBase64Encoded}. Anything else is "Malformed Lambda
 * proxy response" (REST 502, HTTP API 500), as "Output format of a Lambda function for proxy integration"
 * states. REST APIs also reject unknown top-level keys, HTTP APIs ignore them; a value present in both
 * {@code headers} and {@code multiValueHeaders} is sent once.
 */
public final class PayloadV1Response {

    private static final Set<String> REST_KEYS = Set.of("statusCode", "headers", "multiValueHeaders", "body",
            "isBase64Encoded");

    private PayloadV1Response() {
    }

    /** The client response for the function's {@code payload}. */
    public static ProxyResponse map(byte[] payload, ApiKind kind) {
        JsonNode root = ResponseJson.parse(payload, kind);
        if (!root.isObject()) {
            throw ResponseJson.malformed(kind, "the response is not a JSON object");
        }
        if (kind == ApiKind.REST) {
            for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!REST_KEYS.contains(name)) {
                    throw ResponseJson.malformed(kind, "unknown key " + name);
                }
            }
        }
        JsonNode status = root.get("statusCode");
        if (status == null || status.isNull()) {
            throw ResponseJson.malformed(kind, "statusCode is missing");
        }
        int code = ResponseJson.statusCode(status, kind);
        Map<String, Set<String>> merged = new LinkedHashMap<>();
        JsonNode single = root.get("headers");
        if (single != null && !single.isNull()) {
            if (!single.isObject()) {
                throw ResponseJson.malformed(kind, "headers is not an object");
            }
            single.properties().forEach(e -> values(merged, e.getKey())
                    .add(ResponseJson.headerValue(e.getValue(), kind)));
        }
        JsonNode multi = root.get("multiValueHeaders");
        if (multi != null && !multi.isNull()) {
            if (!multi.isObject()) {
                throw ResponseJson.malformed(kind, "multiValueHeaders is not an object");
            }
            multi.properties().forEach(e -> {
                if (!e.getValue().isArray()) {
                    throw ResponseJson.malformed(kind, "a multiValueHeaders value is not a list");
                }
                e.getValue().forEach(v -> values(merged, e.getKey()).add(ResponseJson.headerValue(v, kind)));
            });
        }
        List<HttpHeader> headers = new ArrayList<>();
        merged.forEach((name, vs) -> vs.forEach(v -> headers.add(new HttpHeader(name, v))));
        boolean base64 = ResponseJson.bool(root.get("isBase64Encoded"), kind);
        return new ProxyResponse(code, headers, ResponseJson.body(root.get("body"), base64, kind));
    }

    private static Set<String> values(Map<String, Set<String>> merged, String name) {
        for (Map.Entry<String, Set<String>> e : merged.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        Set<String> values = new LinkedHashSet<>();
        merged.put(name, values);
        return values;
    }
}
