package io.stratus.gateway.response;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.gateway.event.HttpHeader;
import io.stratus.gateway.template.ApiKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a payload format 2.0 response as "Create AWS Lambda proxy integrations for HTTP APIs" describes:
 * valid JSON without {@code statusCode} (a bare string included) is a 200 {@code application/json}
 * response whose body is that JSON, or the string itself; with {@code statusCode}, {@code headers},
 * {@code cookies} (one {@code set-cookie} each), {@code body} and {@code isBase64Encoded} are used and
 * other keys ignored.
 */
public final class PayloadV2Response {

    private static final String JSON = "application/json";

    private PayloadV2Response() {
    }

    /** The client response for the function's {@code payload}. */
    public static ProxyResponse map(byte[] payload) {
        ApiKind kind = ApiKind.HTTP;
        JsonNode root = ResponseJson.parse(payload, kind);
        if (!root.isObject() || !root.has("statusCode")) {
            String body = root.isTextual() ? root.asText() : ResponseJson.write(root);
            return new ProxyResponse(200, List.of(new HttpHeader("content-type", JSON)),
                    body.getBytes(StandardCharsets.UTF_8));
        }
        int code = ResponseJson.statusCode(root.get("statusCode"), kind);
        List<HttpHeader> headers = new ArrayList<>();
        JsonNode single = root.get("headers");
        if (single != null && !single.isNull()) {
            if (!single.isObject()) {
                throw ResponseJson.malformed(kind, "headers is not an object");
            }
            single.properties().forEach(e ->
                    headers.add(new HttpHeader(e.getKey(), ResponseJson.headerValue(e.getValue(), kind))));
        }
        JsonNode cookies = root.get("cookies");
        if (cookies != null && !cookies.isNull()) {
            if (!cookies.isArray()) {
                throw ResponseJson.malformed(kind, "cookies is not a list");
            }
            cookies.forEach(c -> headers.add(new HttpHeader("set-cookie", ResponseJson.headerValue(c, kind))));
        }
        boolean base64 = ResponseJson.bool(root.get("isBase64Encoded"), kind);
        return new ProxyResponse(code, headers, ResponseJson.body(root.get("body"), base64, kind));
    }
}
