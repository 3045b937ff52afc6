package io.stratus.gateway.response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.stratus.gateway.errors.GatewayError;
import io.stratus.gateway.errors.GatewayException;
import io.stratus.gateway.template.ApiKind;
import java.io.IOException;
import java.util.Base64;

/** Reading steps both payload formats share; every failure is the API kind's integration error. */
final class ResponseJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ResponseJson() {
    }

    static JsonNode parse(byte[] payload, ApiKind kind) {
        if (payload == null || payload.length == 0) {
            return NullNode.instance;
        }
        try {
            JsonNode node = MAPPER.readTree(payload);
            return node == null ? NullNode.instance : node;
        } catch (IOException e) {
            throw malformed(kind, "the function's response is not JSON");
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed tree always serialises", e);
        }
    }

    static int statusCode(JsonNode value, ApiKind kind) {
        if (value.isIntegralNumber()) {
            return checkStatus(value.asInt(), kind);
        }
        if (value.isTextual()) {
            try {
                return checkStatus(Integer.parseInt(value.asText().trim()), kind);
            } catch (NumberFormatException e) {
                throw malformed(kind, "statusCode is not a number");
            }
        }
        throw malformed(kind, "statusCode is not a number");
    }

    private static int checkStatus(int status, ApiKind kind) {
        if (status < 100 || status > 599) {
            throw malformed(kind, "statusCode " + status + " is not an HTTP status");
        }
        return status;
    }

    static byte[] body(JsonNode body, boolean base64, ApiKind kind) {
        if (body == null || body.isNull()) {
            return new byte[0];
        }
        if (!body.isTextual()) {
            throw malformed(kind, "body is not a string");
        }
        if (!base64) {
            return body.asText().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        try {
            return Base64.getMimeDecoder().decode(body.asText());
        } catch (IllegalArgumentException e) {
            throw malformed(kind, "isBase64Encoded is true but body is not base64");
        }
    }

    static boolean bool(JsonNode value, ApiKind kind) {
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isTextual() && (value.asText().equals("true") || value.asText().equals("false"))) {
            return Boolean.parseBoolean(value.asText());
        }
        throw malformed(kind, "isBase64Encoded is not a boolean");
    }

    static String headerValue(JsonNode value, ApiKind kind) {
        if (value.isValueNode() && !value.isNull()) {
            return value.asText();
        }
        throw malformed(kind, "a header value is not a string");
    }

    static GatewayException malformed(ApiKind kind, String why) {
        return new GatewayException(GatewayError.integrationFailure(kind), null,
                "Malformed Lambda proxy response: " + why);
    }
}
