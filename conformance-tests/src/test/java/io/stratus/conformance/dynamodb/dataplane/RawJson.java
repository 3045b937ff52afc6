package io.stratus.conformance.dynamodb.dataplane;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratus.conformance.target.RawDynamoDb;
import io.stratus.conformance.target.Target;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Hand-written DynamoDB JSON requests for the raw suites: single quotes in a request stand for
 * double quotes, and answers are checked for status and parsed.
 */
final class RawJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RawDynamoDb raw;

    RawJson(Target target) {
        this.raw = new RawDynamoDb(target);
    }

    /** Sends {@code json} and returns the body of a 200 answer. */
    JsonNode ok(String operation, String json) {
        RawDynamoDb.Response response = raw.send(operation, json.replace('\'', '"'));
        assertThat(response.status()).as("%s answered %s", operation, response.text()).isEqualTo(200);
        return parse(response);
    }

    /** Sends {@code json}, expects a 400 with the given error type (the part after {@code #}) and message. */
    void error(String operation, String json, String type, String message) {
        RawDynamoDb.Response response = raw.send(operation, json.replace('\'', '"'));
        assertThat(response.status()).as("%s answered %s", operation, response.text()).isEqualTo(400);
        JsonNode body = parse(response);
        assertThat(body.path("__type").asText()).endsWith("#" + type);
        JsonNode text = body.has("message") ? body.get("message") : body.path("Message");
        assertThat(text.asText()).isEqualTo(message);
    }

    /** Expects a ValidationException with {@code message}. */
    void validation(String operation, String json, String message) {
        error(operation, json, "ValidationException", message);
    }

    private static JsonNode parse(RawDynamoDb.Response response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Response body is not JSON: " + response.text(), e);
        }
    }
}
